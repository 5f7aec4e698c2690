package no.concerntrail.referrals;

import no.concerntrail.testing.ServiceArchitecture;
import no.concerntrail.testing.ServiceArchitectureTest;
import org.junit.jupiter.api.Test;

/** The layout every service keeps (the shared rules), and what referral-service adds for the personal data it holds. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("no.concerntrail.referrals");
    }

    /** The domain, the partner feed, the configuration: all of main. */
    @Test
    void offersNoFieldForReligionIdeologyOrPoliticalOpinion() {
        ServiceArchitecture.offersNoPlaceForReligionIdeologyOrPoliticalOpinion().check(main);
    }
}
