package no.concerntrail.cases;

import no.concerntrail.testing.ServiceArchitecture;
import no.concerntrail.testing.ServiceArchitectureTest;
import org.junit.jupiter.api.Test;

/** The layout every service keeps (the shared rules), and what case-service adds for the personal data it holds. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("no.concerntrail.cases");
    }

    /** The domain, the API's request records, the published events, the projections: all of main. */
    @Test
    void offersNoFieldForReligionIdeologyOrPoliticalOpinion() {
        ServiceArchitecture.offersNoPlaceForReligionIdeologyOrPoliticalOpinion().check(main);
    }
}
