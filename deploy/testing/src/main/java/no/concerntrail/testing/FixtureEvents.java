package no.concerntrail.testing;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import java.util.List;
import java.util.function.Predicate;
import org.axonframework.messaging.Message;
import org.hamcrest.Matcher;

/** For Axon fixture tests where the exact event is not the point but its kind and a few fields are. */
public final class FixtureEvents {

    private FixtureEvents() {
    }

    /** Exactly one event was applied: of {@code type}, and {@code check} holds for it. */
    public static <T> Matcher<List<Message<?>>> onlyEvent(Class<T> type, Predicate<T> check) {
        return payloadsMatching(exactSequenceOf(predicate(payload -> type.isInstance(payload)
                && check.test(type.cast(payload))), andNoMore()));
    }
}
