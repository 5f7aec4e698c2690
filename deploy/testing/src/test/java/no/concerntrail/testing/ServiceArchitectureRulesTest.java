package no.concerntrail.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared rules reject what they exist to reject: a service made of deliberately bad classes fails each one. */
class ServiceArchitectureRulesTest {

    private static final JavaClasses BAD = new ClassFileImporter().importPackages("no.concerntrail.badservice");
    private static final ServiceArchitecture RULES = new ServiceArchitecture("no.concerntrail.badservice");

    @Test
    void aDomainClassThatImportsQuarkusJdbcOrKafkaIsRejected() {
        assertThat(details(RULES.domainKnowsNoQuarkusJakartaKafkaJdbcOrJackson()))
                .anySatisfy(detail -> assertThat(detail).contains("org.apache.kafka"))
                .anySatisfy(detail -> assertThat(detail).contains("java.sql.Connection"))
                .anySatisfy(detail -> assertThat(detail).contains("io.quarkus.runtime.LaunchMode"));
        assertThat(details(RULES.domainDependsOnlyOnJavaAxonAndThePlatformsRules()))
                .anySatisfy(detail -> assertThat(detail).contains("org.apache.kafka"));
    }

    @Test
    void aContractThatExposesTheDomainIsRejected() {
        assertThat(details(RULES.contractDoesNotDependOnTheDomain()))
                .anySatisfy(detail -> assertThat(detail).contains("Published").contains("Leaky"));
    }

    @Test
    void kafkaOutsideMessagingIsRejected() {
        assertThat(details(RULES.onlyMessagingTalksToKafka()))
                .anySatisfy(detail -> assertThat(detail).contains("UsesAnotherService"))
                .anySatisfy(detail -> assertThat(detail).contains("Leaky"));
    }

    @Test
    void anotherServicesClassesAreRejected() {
        assertThat(details(RULES.usesNoOtherServicesClasses()))
                .anySatisfy(detail -> assertThat(detail).contains("ReadsReferrals").contains("no.concerntrail.referrals"));
    }

    @Test
    void aFieldNamedForBeliefsIsRejectedAndPoliciesAreNotPolitics() {
        JavaClasses offending = new ClassFileImporter().importClasses(Offending.class, OffendingTopic.class,
                IdeologyNotes.class, Innocent.class);
        assertThat(ServiceArchitecture.offersNoPlaceForReligionIdeologyOrPoliticalOpinion().evaluate(offending)
                .getFailureReport().getDetails())
                .hasSize(3)
                .anySatisfy(detail -> assertThat(detail).contains("religiousView"))
                .anySatisfy(detail -> assertThat(detail).contains("POLITICAL_OPINION"))
                .anySatisfy(detail -> assertThat(detail).contains("IdeologyNotes"));
        assertThat(ServiceArchitecture.offersNoPlaceForReligionIdeologyOrPoliticalOpinion()
                .evaluate(new ClassFileImporter().importClasses(Innocent.class)).hasViolation()).isFalse();
    }

    private static List<String> details(ArchRule rule) {
        return rule.evaluate(BAD).getFailureReport().getDetails();
    }

    record Offending(String religiousView) {
    }

    enum OffendingTopic {
        SCHOOL,
        POLITICAL_OPINION
    }

    record IdeologyNotes(String note) {
    }

    /** "policies" is not "politics". */
    record Innocent(String school, String policies) {
    }
}
