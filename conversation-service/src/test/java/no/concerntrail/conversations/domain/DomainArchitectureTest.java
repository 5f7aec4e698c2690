package no.concerntrail.conversations.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The domain is plain Java and Axon, plus the platform's rules: infrastructure adapts to it. And nothing in
 * conversation-service offers a place to record religion, ideology or political opinion as structured data.
 */
class DomainArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.concerntrail.conversations.domain");

    /** The domain, the API's request records, the published events, the projections: all of main. */
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.concerntrail.conversations");

    private static final Pattern BELIEFS =
            Pattern.compile("religio|faith|belief|ideolog|politic", Pattern.CASE_INSENSITIVE);

    /** Fields cover record components (their private fields) and enum constants (their static fields). */
    private static final ArchRule NOTHING_NAMED_FOR_BELIEFS = classes()
            .should(new ArchCondition<JavaClass>("name no type, record component, field or enum constant after "
                    + "religion, faith, belief, ideology or politics") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (BELIEFS.matcher(type.getSimpleName()).find()) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " is named for beliefs"));
                    }
                    for (JavaField field : type.getFields()) {
                        if (BELIEFS.matcher(field.getName()).find()) {
                            events.add(SimpleConditionEvent.violated(field, field.getFullName() + " records beliefs"));
                        }
                    }
                }
            });

    @Test
    void dependsOnlyOnJavaAxonAndThePlatformsRules() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.axonframework..", "no.concerntrail.conversations.domain..",
                        "no.concerntrail.platform.rules..")
                .check(DOMAIN);
    }

    @Test
    void knowsNoQuarkusJakartaKafkaJdbcOrJackson() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.quarkus..", "jakarta..", "org.apache.kafka..", "java.sql..", "javax.sql..",
                        "com.fasterxml..")
                .check(DOMAIN);
    }

    @Test
    void scansTheWholeService() {
        assertThat(SERVICE.containPackage("no.concerntrail.conversations.api")).isTrue();
        assertThat(SERVICE.containPackage("no.concerntrail.conversations.events")).isTrue();
        assertThat(SERVICE.containPackage("no.concerntrail.conversations.domain.event")).isTrue();
    }

    /** DOMAIN.md: religion, ideology and political opinion are not topics, and never structured data. */
    @Test
    void offersNoFieldForReligionIdeologyOrPoliticalOpinion() {
        NOTHING_NAMED_FOR_BELIEFS.check(SERVICE);
    }

    @Test
    void theBeliefsCheckFindsSuchAField() {
        JavaClasses offending = new ClassFileImporter().importClasses(Offending.class, OffendingTopic.class,
                IdeologyNotes.class, Innocent.class);
        assertThat(NOTHING_NAMED_FOR_BELIEFS.evaluate(offending).getFailureReport().getDetails())
                .hasSize(3)
                .anySatisfy(detail -> assertThat(detail).contains("religiousView"))
                .anySatisfy(detail -> assertThat(detail).contains("POLITICAL_OPINION"))
                .anySatisfy(detail -> assertThat(detail).contains("IdeologyNotes"));
        assertThat(NOTHING_NAMED_FOR_BELIEFS.evaluate(new ClassFileImporter().importClasses(Innocent.class))
                .hasViolation()).isFalse();
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
