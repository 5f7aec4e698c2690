package no.concerntrail.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** JVM-wide (system properties survive Quarkus' class loaders): every test class sees the same broker, started once. */
final class OncePerJvm {

    private OncePerJvm() {
    }

    static void check(String bootstrapServers) {
        String first = (String) System.getProperties().computeIfAbsent("probe.kafka.bootstrap", key -> bootstrapServers);
        assertThat(bootstrapServers).isEqualTo(first);
    }
}
