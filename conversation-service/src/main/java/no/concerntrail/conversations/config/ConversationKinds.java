package no.concerntrail.conversations.config;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.concerntrail.conversations.domain.ConversationKind;

/**
 * The kinds a conversation can have: the three national ones and the district templates from
 * configuration. A template that would break the law (summons for adults) or clash with a national kind
 * stops the service at startup rather than at the first planning.
 */
@Singleton
@Startup
public class ConversationKinds {

    private final Map<String, ConversationKind> kinds = new LinkedHashMap<>();

    @Inject
    public ConversationKinds(ConversationSettings settings) {
        for (ConversationKind national : List.of(ConversationKind.CONCERN, ConversationKind.CLARIFICATION,
                ConversationKind.FOLLOW_UP)) {
            kinds.put(national.name(), national);
        }
        settings.kinds().forEach((name, template) -> kinds.put(name, template(name, template)));
    }

    private ConversationKind template(String name, ConversationSettings.KindTemplate template) {
        if (kinds.containsKey(name)) {
            throw new IllegalStateException("District template '" + name + "' has the name of a national kind");
        }
        if (!name.matches("[a-z0-9][a-z0-9-]{0,49}")) {
            throw new IllegalStateException("Conversation kind '" + name + "': use 1-50 lower-case letters, digits, '-'");
        }
        ConversationKind kind = new ConversationKind(name, template.minAge().orElse(null),
                template.maxAge().orElse(null), template.summonsAllowed());
        if (kind.minAge() != null && kind.maxAge() != null && kind.minAge() > kind.maxAge()) {
            throw new IllegalStateException("Conversation kind '" + name + "' has min-age above max-age");
        }
        if (kind.summonsAllowed() && (kind.maxAge() == null || kind.maxAge() > 17)) {
            throw new IllegalStateException("Conversation kind '" + name
                    + "' allows a summons, so it must be for minors only (max-age 17 or lower)");
        }
        return kind;
    }

    public Optional<ConversationKind> named(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    public List<ConversationKind> all() {
        return new ArrayList<>(kinds.values());
    }
}
