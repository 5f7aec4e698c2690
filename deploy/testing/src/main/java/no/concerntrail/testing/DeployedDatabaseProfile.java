package no.concerntrail.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A service started on a database that the migrations it once deployed made, rather than on a fresh one: to prove
 * that a change to where migrations live leaves existing databases valid. The database is
 * {@code <service>_deployed}, migrated by Flyway, before the service starts, with the deployed migrations: each
 * under the file name it was deployed with, its SQL from a classpath resource (where it still exists, e.g. in
 * the platform's {@code db/platform}, it is read from there, so no copy of it is kept).
 */
public abstract class DeployedDatabaseProfile implements QuarkusTestProfile {

    private final String service;
    private final Map<String, String> deployed;

    /** @param deployed each deployed migration's file name (e.g. {@code V1__event_store.sql}) to its SQL's resource */
    protected DeployedDatabaseProfile(String service, Map<String, String> deployed) {
        this.service = service;
        this.deployed = Map.copyOf(deployed);
    }

    String service() {
        return service;
    }

    /** The deployed migrations' versions, from their file names ({@code V1__event_store.sql} is version 1). */
    List<String> versions() {
        return deployed.keySet().stream().map(file -> file.substring(1, file.indexOf("__"))).toList();
    }

    @Override
    public List<TestResourceEntry> testResources() {
        Map<String, String> args = new HashMap<>(deployed);
        args.put(ServiceArgs.SERVICE, service);
        return List.of(
                new TestResourceEntry(DeployedDatabaseResource.class, args),
                new TestResourceEntry(KafkaTestResource.class, Map.of(ServiceArgs.SERVICE, service)),
                new TestResourceEntry(JwtTestResource.class));
    }
}
