package no.concerntrail.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.DevTokens;
import no.concerntrail.local.KafkaTopology;
import no.concerntrail.local.LocalInfrastructure;
import no.concerntrail.local.LocalKafkaBroker;
import no.concerntrail.local.Secrets;
import no.concerntrail.local.ServicePrincipal;

/**
 * What a developer needs to try the local stack, in one file only its owner may read, written anew at every start:
 * the development tokens (the police roles in two districts), and a demo Kafka consumer that may read the police's internal topics (in consumer group
 * {@code demo-consumer}, or one whose id starts with {@code demo-consumer.}), as client properties Kafka's console
 * consumer takes.
 */
final class DeveloperCredentials {

    static final String DEMO_CONSUMER = "demo-consumer";
    /** The partner agency whose token and Kafka login the run command hands out, to try the partner's side. */
    static final String DEMO_AGENCY = "child-welfare";
    static final String FILE = "credentials.properties";
    /** The district of the second set of police tokens, so need-to-know can be tried. */
    static final String SECOND_DISTRICT = "SOR_OST";
    private static final List<String> POLICE_ROLES = List.of("case-worker", "team-lead");

    private DeveloperCredentials() {
    }

    /** ConcernTrail's topology and the demo consumer, which reads the internal topics and writes nothing. */
    static KafkaTopology topology() {
        return KafkaTopology.concernTrail().withPrincipal(ServicePrincipal.named(DEMO_CONSUMER)
                .reading(KafkaTopology.CASE_EVENTS, KafkaTopology.CONVERSATION_EVENTS, KafkaTopology.REFERRAL_EVENTS));
    }

    /** {@code case-worker@SOR_OST, team-lead@SOR_OST}: the token names of a district's police roles. */
    static String policeRolesOf(String district) {
        return String.join(", ", POLICE_ROLES.stream().map(role -> role + "@" + district).toList());
    }

    static Path write(Path directory, LocalInfrastructure infra, List<String> roles, Duration tokenLifetime) {
        ServicePrincipal consumer = infra.topology().principal(DEMO_CONSUMER);
        StringBuilder text = new StringBuilder()
                .append("# ConcernTrail's local stack: for you only, written anew at every start.\n")
                .append("# The demo consumer's Kafka client properties (e.g. --consumer.config of Kafka's console consumer;\n")
                .append("# its consumer groups are ").append(DEMO_CONSUMER).append(" and ").append(DEMO_CONSUMER)
                .append(".<anything>):\n")
                .append("bootstrap.servers=").append(infra.kafka().bootstrapServers()).append('\n')
                .append("security.protocol=").append(LocalKafkaBroker.SECURITY_PROTOCOL).append('\n')
                .append("sasl.mechanism=").append(LocalKafkaBroker.SASL_MECHANISM).append('\n')
                .append("sasl.jaas.config=").append(consumer.jaasConfig()).append('\n')
                .append("#\n# Development tokens (valid ").append(tokenLifetime.toHours())
                .append(" h), as 'Authorization: Bearer <token>'; police roles of ").append(DevTokens.DEFAULT_DISTRICT)
                .append(" and, as <role>@").append(SECOND_DISTRICT).append(", of ").append(SECOND_DISTRICT)
                .append(" (need-to-know):\n");
        for (String role : roles) {
            text.append("# ").append(role).append('=')
                    .append(infra.tokens().token("dev-" + role, Set.of(role), tokenLifetime)).append('\n');
        }
        for (String role : POLICE_ROLES) {
            text.append("# ").append(role).append('@').append(SECOND_DISTRICT).append('=')
                    .append(infra.tokens().tokenInDistrict("dev-" + role + "-" + SECOND_DISTRICT.toLowerCase(),
                            SECOND_DISTRICT, Set.of(role), tokenLifetime)).append('\n');
        }
        ServicePrincipal partner = infra.topology().principal(KafkaTopology.partnerPrincipal(DEMO_AGENCY));
        text.append("#\n# The demo partner agency ").append(DEMO_AGENCY).append(": its token (role partner:")
                .append(DEMO_AGENCY).append(") for referral-service's /partner/referrals, and its Kafka login, which\n")
                .append("# reads only ").append(KafkaTopology.partnerReferralsTopic(DEMO_AGENCY))
                .append(", in consumer group ").append(partner.group()).append(" or ").append(partner.group())
                .append(".<anything>:\n")
                // the role as the platform spells it (Roles.PARTNER_PREFIX + the agency id)
                .append("# partner:").append(DEMO_AGENCY).append('=')
                .append(infra.tokens().token("dev-" + DEMO_AGENCY, Set.of("partner:" + DEMO_AGENCY), tokenLifetime))
                .append('\n')
                .append("# ").append(partner.name()).append(".sasl.jaas.config=").append(partner.jaasConfig())
                .append('\n');
        ServicePrincipal analyst = infra.topology().principal(ConcernTrailServices.ANALYST);
        text.append("#\n# The analysts' Kafka login, which reads only ").append(KafkaTopology.ANALYTICS_EVENTS)
                .append(" (pseudonymised), in consumer group ").append(analyst.group()).append(" or ")
                .append(analyst.group()).append(".<anything>:\n")
                .append("# ").append(analyst.name()).append(".sasl.jaas.config=").append(analyst.jaasConfig())
                .append('\n');
        Path file = directory.resolve(FILE);
        Secrets.writeOwnerOnly(file, text.toString());
        return file;
    }
}
