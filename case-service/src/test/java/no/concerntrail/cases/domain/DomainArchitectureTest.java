package no.concerntrail.cases.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain is plain Java and Axon, plus the platform's RuleViolation: no Quarkus, JDBC, Kafka or
 * Jackson. Infrastructure adapts to the domain, never the other way round.
 */
class DomainArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.concerntrail.cases.domain");

    @Test
    void dependsOnlyOnJavaAxonAndThePlatformsRules() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.axonframework..", "no.concerntrail.cases.domain..",
                        "no.concerntrail.platform.rules..")
                .check(DOMAIN);
    }

    @Test
    void usesNoJdbc() {
        classes().should().onlyDependOnClassesThat().resideOutsideOfPackages("java.sql..", "javax.sql..")
                .check(DOMAIN);
    }
}
