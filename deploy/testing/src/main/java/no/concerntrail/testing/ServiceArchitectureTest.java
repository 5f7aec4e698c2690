package no.concerntrail.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shared layout rules ({@link ServiceArchitecture}), run against a service's main classes. A service's
 * ArchitectureTest extends this with its base package, and adds its own rules.
 */
public abstract class ServiceArchitectureTest {

    private final String base;
    private final ServiceArchitecture rules;
    protected final JavaClasses main;

    protected ServiceArchitectureTest(String basePackage) {
        this.base = basePackage;
        this.rules = new ServiceArchitecture(basePackage);
        this.main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    @Test
    void scansTheServicesPackages() {
        assertThat(main.containPackage(base + ".domain")).isTrue();
        assertThat(main.containPackage(base + ".contract")).isTrue();
        assertThat(main.containPackage(base + ".messaging")).isTrue();
    }

    @Test
    void domainDependsOnlyOnJavaAxonAndThePlatformsRules() {
        rules.domainDependsOnlyOnJavaAxonAndThePlatformsRules().check(main);
    }

    @Test
    void domainKnowsNoQuarkusJakartaKafkaJdbcOrJackson() {
        rules.domainKnowsNoQuarkusJakartaKafkaJdbcOrJackson().check(main);
    }

    @Test
    void contractDoesNotDependOnTheDomain() {
        rules.contractDoesNotDependOnTheDomain().check(main);
    }

    @Test
    void onlyMessagingTalksToKafka() {
        rules.onlyMessagingTalksToKafka().check(main);
    }

    @Test
    void usesNoOtherServicesClasses() {
        rules.usesNoOtherServicesClasses().check(main);
    }
}
