package no.concerntrail.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Uuid;

import kafka.tools.StorageTool;

/**
 * The broker's log directory, formatted once with Kafka's {@link StorageTool} (what {@code kafka-storage format}
 * runs). The SCRAM users go in with the format: the broker needs its admin before it can serve anyone.
 */
final class KafkaStorage {

    private KafkaStorage() {
    }

    static boolean isFormatted(Path logDirectory) {
        return Files.exists(logDirectory.resolve("meta.properties"));
    }

    /**
     * Formats the log directory named in {@code configFile} for a new cluster, with these users (name to password,
     * already checked against the {@code --add-scram} syntax).
     */
    static void format(Path configFile, Map<String, String> scramUsers) {
        List<String> args = new ArrayList<>(List.of(
                "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile.toString(),
                "--ignore-formatted"));
        scramUsers.forEach((name, password) -> {
            args.add("--add-scram");
            args.add(LocalKafkaBroker.SASL_MECHANISM + "=[name=" + name + ",password=" + password + "]");
        });
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(args.toArray(String[]::new), out);
        }
        if (status != 0) {
            throw new IllegalStateException("kafka-storage format failed (" + status + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }
}
