package no.concerntrail.conversations.messaging;

import java.util.Map;
import no.concerntrail.platform.messaging.TolerantReader;

/** case-service's events (contract v1) as {@link CaseEventFacts}: the types conversation-service reads. */
final class CaseEventsReader extends TolerantReader<CaseEventFacts> {

    static final String RECEIVED = "ConcernReceived";
    static final String TRIAGED = "ConcernTriaged";
    static final String REOPENED = "ConcernReopened";
    static final String CLOSED = "ConcernClosed";
    static final String ASSIGNED = "ConcernAssigned";
    static final String RAISED = "ConcernRaised";
    static final String LOWERED = "ConcernLowered";
    static final String TRANSFERRED = "ConcernTransferred";
    static final String ERASED = "ConcernErased";

    CaseEventsReader() {
        super("case", Map.of(RECEIVED, CaseEventFacts.class, TRIAGED, CaseEventFacts.class,
                REOPENED, CaseEventFacts.class, CLOSED, CaseEventFacts.class, ASSIGNED, CaseEventFacts.class,
                RAISED, CaseEventFacts.class, LOWERED, CaseEventFacts.class, TRANSFERRED, CaseEventFacts.class,
                ERASED, CaseEventFacts.class));
    }

    @Override
    protected String problem(String name, CaseEventFacts facts) {
        return facts.problem(name);
    }
}
