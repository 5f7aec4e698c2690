package no.concerntrail.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.concerntrail.local.KafkaTopology;

/** Another service, the three resources one by one: the same broker and server, another principal and database. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "conversation-service"), parallel = true)
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "service", value = "conversation-service"), parallel = true)
@WithTestResource(JwtTestResource.class)
class SeparateResourcesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void conversationServiceWritesItsOwnTopicOnly() {
        given().post("/probe/publish/" + KafkaTopology.CONVERSATION_EVENTS).then().statusCode(200).body(equalTo("ok"));
        given().post("/probe/publish/" + KafkaTopology.CASE_EVENTS).then().statusCode(200)
                .body(equalTo("TopicAuthorizationException"));
    }

    @Test
    void aTestReadsWhatTheServicePublishedAsAdmin() {
        given().post("/probe/publish/" + KafkaTopology.CONVERSATION_EVENTS).then().statusCode(200).body(equalTo("ok"));
        Map<String, Object> properties = KafkaTestResource.adminClientProperties();
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(KafkaTopology.CONVERSATION_EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            boolean seen = false;
            while (!seen && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen |= "probe".equals(record.key());
                }
            }
            assertThat(seen).isTrue();
        }
    }

    @Test
    void theServiceRunsAsItsDatabasesRuntimeRole() {
        given().get("/probe/db").then().statusCode(200).body(equalTo("conversation_service_app@conversation_service"));
    }

    @Test
    void tokens() {
        given().auth().oauth2(JwtTestResource.tokenFor("carol", "caseworker"))
                .get("/probe/whoami").then().statusCode(200).body(equalTo("carol"));
    }

    @Test
    void theBrokerTheTestSeesIsTheOneTheServiceUses() {
        assertThat(KafkaTestResource.broker().bootstrapServers()).isEqualTo(bootstrapServers);
        OncePerJvm.check(bootstrapServers);
    }
}
