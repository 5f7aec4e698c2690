package no.concerntrail.cases.messaging;

import java.util.Map;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationCancelled;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationDeclined;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationHeld;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationNoShow;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationPlanned;
import no.concerntrail.cases.messaging.ConversationEvent.ConversationRescheduled;
import no.concerntrail.platform.messaging.TolerantReader;

/** conversation-service's events (contract v1) as {@link ConversationEvent}s: the types case-service reads. */
final class ConversationEventsReader extends TolerantReader<ConversationEvent> {

    ConversationEventsReader() {
        super("conversation", Map.of(
                "ConversationPlanned", ConversationPlanned.class,
                "ConversationRescheduled", ConversationRescheduled.class,
                "ConversationHeld", ConversationHeld.class,
                "ConversationDeclined", ConversationDeclined.class,
                "ConversationCancelled", ConversationCancelled.class,
                "ConversationNoShow", ConversationNoShow.class));
    }

    @Override
    protected String problem(String name, ConversationEvent event) {
        return event.conversationId() == null || event.concernId() == null || event.at() == null
                ? "conversationId, concernId or at is missing" : null;
    }
}
