package no.concerntrail.referrals.domain.event;

import java.time.Instant;
import java.util.UUID;

/** Every stored referral event names its referral, concern and agency, who caused it and when. */
public sealed interface ReferralEvent permits ReferralMade, ReferralAcknowledged, ReferralAccepted, ReferralDeclined,
        ReferralWithdrawn, ReferralCompleted, SubjectNotified, NotificationDeferred, ReferralErased {

    UUID referralId();

    UUID concernId();

    String agency();

    String actor();

    Instant at();
}
