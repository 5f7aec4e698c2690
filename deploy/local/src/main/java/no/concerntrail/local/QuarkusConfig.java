package no.concerntrail.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Quarkus properties a ConcernTrail service needs to reach the local infrastructure, one group per concern.
 * Shared by {@link LocalInfrastructure} (the local stack) and the test resources.
 */
public final class QuarkusConfig {

    private QuarkusConfig() {
    }

    /** {@code kafka.*}: the broker and the service's own SCRAM principal. */
    public static Map<String, String> kafka(String bootstrapServers, String user, String password) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", bootstrapServers);
        config.put("kafka.security.protocol", LocalKafkaBroker.SECURITY_PROTOCOL);
        config.put("kafka.sasl.mechanism", LocalKafkaBroker.SASL_MECHANISM);
        config.put("kafka.sasl.jaas.config", LocalKafkaBroker.jaasConfig(user, password));
        return config;
    }

    /**
     * {@code quarkus.datasource.*} and {@code quarkus.flyway.*}: a PostgreSQL database, the service connecting as its
     * runtime role and migrating as the owner, and {@code concerntrail.database.runtime-role}, which the platform
     * grants what the service needs.
     */
    public static Map<String, String> datasource(LocalPostgres.Database database) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.db-kind", "postgresql");
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.runtimeUsername());
        config.put("quarkus.datasource.password", database.runtimePassword());
        config.put("quarkus.flyway.username", database.username());
        config.put("quarkus.flyway.password", database.password());
        config.put("concerntrail.database.runtime-role", database.runtimeUsername());
        return config;
    }

    /** {@code mp.jwt.verify.*}: trust the dev key, issuer and audience. */
    public static Map<String, String> jwt(DevTokens tokens) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("mp.jwt.verify.publickey.location", tokens.publicKeyFile().toString());
        config.put("mp.jwt.verify.issuer", tokens.issuer());
        config.put("mp.jwt.verify.audiences", DevTokens.AUDIENCE);
        return config;
    }

    /**
     * {@code concerntrail.analytics.*}: the secret (base64) under which case-service makes the analysts' pseudonyms,
     * and its name, which goes with every pseudonym.
     */
    public static Map<String, String> analytics(String secret, String version) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("concerntrail.analytics.secret", secret);
        config.put("concerntrail.analytics.secret-version", version);
        return config;
    }

    /**
     * {@code concerntrail.erasure.*}: the service's master key (base64), which wraps each data subject's key in its
     * database, and its name.
     */
    public static Map<String, String> erasure(String masterKey, String version) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("concerntrail.erasure.master-key", masterKey);
        config.put("concerntrail.erasure.master-key-version", version);
        return config;
    }

    /** {@code quarkus.rest-client.<service>.url}: where another service answers, for a service that asks it. */
    public static Map<String, String> peer(String service, String url) {
        return Map.of("quarkus.rest-client." + service + ".url", url);
    }

    /** No Dev Services: the infrastructure is ours (and there is no Docker). */
    public static Map<String, String> noDevServices() {
        return Map.of("quarkus.devservices.enabled", "false");
    }

    /**
     * Log levels that keep PostgreSQL's and the Kafka admin clients' INFO chatter (a service's tests start both in its
     * JVM) off the console; Quarkus sets levels when the application starts.
     */
    public static Map<String, String> quietInfrastructure() {
        Map<String, String> config = new LinkedHashMap<>();
        for (String category : QuietLogging.allCategories()) {
            config.put("quarkus.log.category.\"" + category + "\".level", "WARN");
        }
        return config;
    }
}
