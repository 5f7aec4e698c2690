package no.concerntrail.conversations.domain.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The conversation's concern was erased in case-service (by {@code actor}), and with it the key its personal data was
 * sealed under here: its earlier events read without that data from now on. Not a {@link ConversationEvent}: nothing
 * of it is published, as case-service, which erased the concern, is who would read it.
 */
@Revision("1")
public record ConversationErased(UUID conversationId, UUID concernId, String actor, Instant at) {
}
