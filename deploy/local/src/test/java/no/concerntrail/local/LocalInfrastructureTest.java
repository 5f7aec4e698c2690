package no.concerntrail.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class LocalInfrastructureTest {

    @Test
    void aServiceConfigurationReachesEverything() throws Exception {
        try (LocalInfrastructure infra = LocalInfrastructure.start()) {
            System.out.printf("local infrastructure started in %d ms%n", infra.startMillis());
            Map<String, String> config = infra.serviceConfig("case-service");
            assertThat(config).containsKeys(
                    "quarkus.datasource.db-kind", "quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                    "quarkus.datasource.password", "kafka.bootstrap.servers", "kafka.security.protocol",
                    "kafka.sasl.mechanism", "kafka.sasl.jaas.config", "mp.jwt.verify.publickey.location",
                    "mp.jwt.verify.issuer", "quarkus.devservices.enabled");
            assertThat(config.get("kafka.security.protocol")).isEqualTo("SASL_PLAINTEXT");
            assertThat(config.get("kafka.sasl.mechanism")).isEqualTo("SCRAM-SHA-256");
            assertThat(config.get("kafka.sasl.jaas.config")).contains("username=\"case-service\"");
            assertThat(config.get("mp.jwt.verify.issuer")).isEqualTo(DevTokens.ISSUER);
            assertThat(config.get("quarkus.datasource.jdbc.url")).endsWith("/case_service");

            try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                    config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
                assertThat(connection.isValid(2)).isTrue();
            }
            Map<String, Object> kafka = LocalKafkaBroker.clientProperties(config.get("kafka.bootstrap.servers"), "unused", "unused");
            kafka.put("sasl.jaas.config", config.get("kafka.sasl.jaas.config"));
            try (KafkaProducer<String, String> producer = KafkaTestClients.producer(kafka)) {
                producer.send(new ProducerRecord<>(KafkaTopology.CASE_EVENTS, "case-1", "opened")).get(10, TimeUnit.SECONDS);
            }
            Map<String, String> conversation = infra.serviceConfig("conversation-service");
            assertThat(conversation.get("kafka.sasl.jaas.config")).contains("username=\"conversation-service\"");
            assertThat(conversation.get("quarkus.datasource.jdbc.url")).endsWith("/conversation_service");
            assertThat(infra.serviceEnvironment("case-service")).containsKey("KAFKA_SASL_JAAS_CONFIG");
        }
    }
}
