package no.concerntrail.cases.messaging;

import no.concerntrail.cases.contract.CaseEvents;
import no.concerntrail.cases.domain.ConcernStatus;
import no.concerntrail.cases.domain.event.ConcernAssigned;
import no.concerntrail.cases.domain.event.ConcernClosed;
import no.concerntrail.cases.domain.event.ConcernErased;
import no.concerntrail.cases.domain.event.ConcernEvent;
import no.concerntrail.cases.domain.event.ConcernLowered;
import no.concerntrail.cases.domain.event.ConcernRaised;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.cases.domain.event.ConcernReopened;
import no.concerntrail.cases.domain.event.ConcernTransferred;
import no.concerntrail.cases.domain.event.ConcernTriaged;
import no.concerntrail.platform.events.PublishedContract;

/** Maps each stored concern event to its published form (CaseEvents), field by field: nothing leaks by default. */
public final class CaseEventsContract {

    /** Version 1, keyed by the concern so each concern's events stay in order. */
    public static final PublishedContract V1 =
            PublishedContract.v1(CaseEvents.PRODUCER, ConcernEvent.class, ConcernEvent::concernId,
                    CaseEventsContract::published);

    private CaseEventsContract() {
    }

    private static Object published(ConcernEvent event) {
        if (event instanceof ConcernReceived e) {
            return new CaseEvents.ConcernReceived(e.concernId(), e.district() == null ? null : e.district().name(),
                    e.source().name(), subject(e),
                    e.category().name(), e.level().name(), e.actor(), e.at());
        } else if (event instanceof ConcernTriaged e) {
            ConcernStatus status = e.outcome().closesConcern() ? ConcernStatus.CLOSED : ConcernStatus.OPEN;
            return new CaseEvents.ConcernTriaged(e.concernId(), e.outcome().name(), status.name(), e.actor(), e.at());
        } else if (event instanceof ConcernAssigned e) {
            return new CaseEvents.ConcernAssigned(e.concernId(), e.assignee(), e.actor(), e.at());
        } else if (event instanceof ConcernRaised e) {
            return new CaseEvents.ConcernRaised(e.concernId(), e.from().name(), e.to().name(),
                    e.causeConversationId(), e.actor(), e.at());
        } else if (event instanceof ConcernLowered e) {
            return new CaseEvents.ConcernLowered(e.concernId(), e.from().name(), e.to().name(),
                    e.causeConversationId(), e.actor(), e.at());
        } else if (event instanceof ConcernClosed e) {
            return new CaseEvents.ConcernClosed(e.concernId(), e.actor(), e.at());
        } else if (event instanceof ConcernReopened e) {
            return new CaseEvents.ConcernReopened(e.concernId(), e.status().name(), e.actor(), e.at());
        } else if (event instanceof ConcernTransferred e) {
            return new CaseEvents.ConcernTransferred(e.concernId(), e.from() == null ? null : e.from().name(),
                    e.to().name(), e.actor(), e.at());
        } else if (event instanceof ConcernErased e) {
            return new CaseEvents.ConcernErased(e.concernId(), e.ground().name(), e.actor(), e.at());
        }
        throw new IllegalArgumentException("No published form for " + event.getClass().getName());
    }

    /** Once the concern was erased, a consumer that reads its history again finds no birth date. */
    private static CaseEvents.Subject subject(ConcernReceived e) {
        return new CaseEvents.Subject(e.subject() == null ? null : e.subject().birthDate(), e.municipality());
    }
}
