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
}
