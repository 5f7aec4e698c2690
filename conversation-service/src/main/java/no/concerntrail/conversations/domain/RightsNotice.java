package no.concerntrail.conversations.domain;

import java.time.Instant;
import java.util.Set;

/** The notice that there is no duty to explain oneself: when it was given, and to whom. */
public record RightsNotice(Instant givenAt, Set<NoticeRecipient> givenTo) {

    public RightsNotice {
        givenTo = givenTo == null ? Set.of() : Set.copyOf(givenTo);
    }
}
