package no.concerntrail.local;

import java.util.List;

/**
 * ConcernTrail's services, one entry each: the Kafka topology (a topic and a principal per service), the run
 * command, the benchmarks and the cross-service tests all take them from here. Adding a service is one entry.
 */
public final class ConcernTrailServices {

    /**
     * @param name           the service's module, Kafka principal and database ({@code case-service} → {@code case_service})
     * @param port           its HTTP port (the API) in the run command; the benchmarks use port + 100
     * @param managementPort its management port (health, metrics) in the run command; the benchmarks use it + 100
     * @param topic          the topic it publishes to, and the only one it may write
     * @param reads          the other services' topics it consumes
     */
    public record Service(String name, int port, int managementPort, String topic, List<String> reads) {

        public Service {
            reads = List.copyOf(reads);
        }
    }

    public static final String CASE_EVENTS = "concerntrail.case.events";
    public static final String CONVERSATION_EVENTS = "concerntrail.conversation.events";
    public static final String REFERRAL_EVENTS = "concerntrail.referral.events";

    public static final Service CASE =
            new Service("case-service", 8081, 9081, CASE_EVENTS, List.of(CONVERSATION_EVENTS, REFERRAL_EVENTS));
    public static final Service CONVERSATION =
            new Service("conversation-service", 8082, 9082, CONVERSATION_EVENTS, List.of(CASE_EVENTS));
    public static final Service REFERRAL =
            new Service("referral-service", 8083, 9083, REFERRAL_EVENTS, List.of(CASE_EVENTS));

    public static final List<Service> ALL = List.of(CASE, CONVERSATION, REFERRAL);

    /**
     * The analysts' history: every concern's events, pseudonymised, which case-service alone writes and the analysts'
     * principal ({@link #ANALYST}) alone reads.
     */
    public static final String ANALYTICS_EVENTS = "concerntrail.analytics.events";
    /** The analysts' Kafka principal: it reads {@link #ANALYTICS_EVENTS}, in its own consumer groups, and nothing else. */
    public static final String ANALYST = "analyst";

    /**
     * The partner agencies referrals go to, each with its own topic and Kafka principal, which only referral-service
     * writes; the same ids as referral-service's configuration ({@code concerntrail.referral.agencies.<id>}).
     */
    public static final List<String> PARTNER_AGENCIES = List.of("child-welfare", "nav", "school", "health", "slt");

    private ConcernTrailServices() {
    }
}
