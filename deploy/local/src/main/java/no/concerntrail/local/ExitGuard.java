package no.concerntrail.local;

import org.apache.kafka.common.utils.Exit;

/** Kafka halts the JVM on fatal errors; in a test or a dev stack an exception is the better messenger. */
final class ExitGuard {

    private static boolean installed;

    private ExitGuard() {
    }

    /** Once per JVM, at the first broker start; Kafka's exit and halt procedures then throw instead. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        Exit.Procedure refuse = (status, message) -> {
            System.err.println("[concerntrail-local] the embedded Kafka broker asked to end the JVM (status "
                    + status + "): " + message);
            throw new IllegalStateException("embedded Kafka broker fatal error (status " + status + "): " + message);
        };
        Exit.setExitProcedure(refuse);
        Exit.setHaltProcedure(refuse);
        installed = true;
    }
}
