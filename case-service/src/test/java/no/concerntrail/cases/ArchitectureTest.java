package no.concerntrail.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layout between the packages (the domain's own rules are in domain.DomainArchitectureTest). */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.concerntrail.cases");

    /** The published contract is plain records: consumers must be able to read it without our domain. */
    @Test
    void publishedContractDoesNotExposeTheDomain() {
        noClasses().that().resideInAPackage("no.concerntrail.cases.events..")
                .should().dependOnClassesThat().resideInAPackage("no.concerntrail.cases.domain..")
                .check(MAIN);
    }

    /** Kafka in and out is messaging's business: the rest of the service never sees a record or a channel. */
    @Test
    void onlyMessagingTalksToKafka() {
        noClasses().that().resideOutsideOfPackage("no.concerntrail.cases.messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..",
                        "io.smallrye.reactive.messaging..", "org.eclipse.microprofile.reactive.messaging..")
                .check(MAIN);
    }

    /** Another service's events are read with our own tolerant records, never with its classes. */
    @Test
    void otherServicesAreReadByTheirPublishedJsonNotTheirClasses() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("no.concerntrail.conversations..",
                        "no.concerntrail.referrals..")
                .check(MAIN);
    }
}
