package no.concerntrail.cases.messaging;

import java.util.Map;
import no.concerntrail.cases.messaging.ReferralEvent.NotificationDeferred;
import no.concerntrail.cases.messaging.ReferralEvent.ReferralAccepted;
import no.concerntrail.cases.messaging.ReferralEvent.ReferralAcknowledged;
import no.concerntrail.cases.messaging.ReferralEvent.ReferralCompleted;
import no.concerntrail.cases.messaging.ReferralEvent.ReferralDeclined;
import no.concerntrail.cases.messaging.ReferralEvent.ReferralMade;
import no.concerntrail.cases.messaging.ReferralEvent.ReferralWithdrawn;
import no.concerntrail.cases.messaging.ReferralEvent.SubjectNotified;
import no.concerntrail.platform.messaging.TolerantReader;

/** referral-service's police-internal events (contract v1) as {@link ReferralEvent}s: the types case-service reads. */
final class ReferralEventsReader extends TolerantReader<ReferralEvent> {

    ReferralEventsReader() {
        super("referral", Map.of(
                "ReferralMade", ReferralMade.class,
                "ReferralAcknowledged", ReferralAcknowledged.class,
                "ReferralAccepted", ReferralAccepted.class,
                "ReferralDeclined", ReferralDeclined.class,
                "ReferralWithdrawn", ReferralWithdrawn.class,
                "ReferralCompleted", ReferralCompleted.class,
                "SubjectNotified", SubjectNotified.class,
                "NotificationDeferred", NotificationDeferred.class));
    }

    @Override
    protected String problem(String name, ReferralEvent event) {
        return event.referralId() == null || event.concernId() == null || event.at() == null
                ? "referralId, concernId or at is missing" : null;
    }
}
