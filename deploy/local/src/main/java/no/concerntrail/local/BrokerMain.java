package no.concerntrail.local;

import java.io.IOException;
import java.nio.file.Path;

import kafka.server.KafkaRaftServer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The broker's own process, as {@link BrokerProcess} starts it: {@code BrokerMain <server.properties>}. SIGTERM stops
 * it cleanly, SIGKILL as a crash would; it also stops when its parent goes away, so no broker outlives the run command
 * or the test that started it.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        QuietLogging.brokerAtWarn();
        // Ctrl-C in a terminal reaches the whole process group, but the broker must outlive the services that use it:
        // its parent stops it after them
        Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
        KafkaRaftServer server = BrokerServer.start(BrokerConfig.read(Path.of(args[0])));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> BrokerServer.stop(server), "broker-shutdown"));
        // the parent holds this pipe open while it lives; killed or not, its end closes it
        while (System.in.read() >= 0) {
            // nothing is ever sent
        }
        System.exit(0);
    }
}
