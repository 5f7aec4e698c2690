package no.concerntrail.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Pattern;

/**
 * The layout every ConcernTrail service keeps, as ArchUnit rules over a service's base package (e.g.
 * {@code no.concerntrail.cases}): run by each service through {@link ServiceArchitectureTest}.
 */
public final class ServiceArchitecture {

    private static final Pattern BELIEFS =
            Pattern.compile("religio|faith|belief|ideolog|politic", Pattern.CASE_INSENSITIVE);

    private final String base;

    public ServiceArchitecture(String basePackage) {
        this.base = basePackage;
    }

    /**
     * The domain is plain Java and Axon, plus the platform's rules, police districts and the marks of personal data:
     * infrastructure adapts to it.
     */
    public ArchRule domainDependsOnlyOnJavaAxonAndThePlatformsRules() {
        return classes().that().resideInAPackage(base + ".domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.axonframework..", base + ".domain..", "no.concerntrail.platform.rules..",
                        "no.concerntrail.platform.police..", "no.concerntrail.platform.personal..");
    }

    /** Said once more by name, so a failure reads as what it is. */
    public ArchRule domainKnowsNoQuarkusJakartaKafkaJdbcOrJackson() {
        return noClasses().that().resideInAPackage(base + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.apache.kafka..",
                        "io.smallrye..", "java.sql..", "javax.sql..", "com.fasterxml..");
    }

    /** The published contract is plain records: consumers must be able to read it without our domain. */
    public ArchRule contractDoesNotDependOnTheDomain() {
        return noClasses().that().resideInAPackage(base + ".contract..")
                .should().dependOnClassesThat().resideInAPackage(base + ".domain..");
    }

    /** Kafka in and out is messaging's business: the rest of the service never sees a record or a channel. */
    public ArchRule onlyMessagingTalksToKafka() {
        return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(base + ".messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..",
                        "io.smallrye.reactive.messaging..", "org.eclipse.microprofile.reactive.messaging..");
    }

    /**
     * Another service's events are read with our own tolerant records, never with its classes: of ConcernTrail's
     * code a service uses only its own and the platform's.
     */
    public ArchRule usesNoOtherServicesClasses() {
        return noClasses().that().resideInAPackage(base + "..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("no.concerntrail..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(base + "..",
                                "no.concerntrail.platform.."))));
    }

    /**
     * DOMAIN.md: religion, ideology and political opinion are not topics, and never structured data. For every
     * service that holds personal data; fields cover record components and enum constants.
     */
    public static ArchRule offersNoPlaceForReligionIdeologyOrPoliticalOpinion() {
        return classes().should(new ArchCondition<JavaClass>("name no type, record component, field or enum "
                + "constant after religion, faith, belief, ideology or politics") {
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
    }
}
