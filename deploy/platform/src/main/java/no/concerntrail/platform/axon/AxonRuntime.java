package no.concerntrail.platform.axon;

import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.axonframework.config.Configuration;

/**
 * One service's running Axon: built on first use (CDI producers may ask for the command gateway before
 * startup), started and shut down with the application, with its own snapshot thread.
 */
public final class AxonRuntime {

    private final Supplier<EventSourcedService> definition;
    private final ExecutorService snapshots;
    private Configuration configuration;

    /** @param definition read on first use, when the service's injected beans are there */
    public AxonRuntime(Supplier<EventSourcedService> definition) {
        this.definition = definition;
        this.snapshots = EventSourcedService.snapshotExecutor("axon-snapshotter");
    }

    public synchronized Configuration configuration() {
        if (configuration == null) {
            configuration = definition.get().build(snapshots);
        }
        return configuration;
    }

    public void start() {
        configuration().start();
    }

    public synchronized void shutdown() {
        if (configuration != null) {
            configuration.shutdown();
        }
        snapshots.shutdown();
    }
}
