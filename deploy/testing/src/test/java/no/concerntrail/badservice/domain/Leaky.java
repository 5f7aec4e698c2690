package no.concerntrail.badservice.domain;

import java.sql.Connection;
import org.apache.kafka.clients.producer.ProducerRecord;

/** A deliberately bad domain class: it reaches for Kafka, JDBC and Quarkus, which the shared rules forbid. */
public class Leaky {

    public ProducerRecord<String, String> record() {
        return new ProducerRecord<>("topic", "value");
    }

    public boolean closed(Connection connection) throws java.sql.SQLException {
        return connection.isClosed();
    }

    public String profile() {
        return io.quarkus.runtime.LaunchMode.current().name();
    }

    /** Named for beliefs, which no service may offer a field for. */
    public record Notes(String religiousView) {
    }
}
