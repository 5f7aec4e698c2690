package no.concerntrail.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.concerntrail.local.KafkaTopology;

@QuarkusTest
@WithTestResource(value = ConcernTrailInfra.class, initArgs = @ResourceArg(name = "service", value = "case-service"))
class AllInOneResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theServiceIsItsOwnKafkaPrincipal() {
        given().post("/probe/publish/" + KafkaTopology.CASE_EVENTS).then().statusCode(200).body(equalTo("ok"));
        given().post("/probe/publish/" + KafkaTopology.CONVERSATION_EVENTS).then().statusCode(200)
                .body(equalTo("TopicAuthorizationException"));
    }

    @Test
    void theServiceRunsAsItsDatabasesRuntimeRole() {
        given().get("/probe/db").then().statusCode(200).body(equalTo("case_service_app@case_service"));
    }

    @Test
    void devTokensAreTrustedAndOthersAreNot() {
        given().auth().oauth2(JwtTestResource.tokenFor("alice", "caseworker"))
                .get("/probe/whoami").then().statusCode(200).body(equalTo("alice"));
        given().auth().oauth2(JwtTestResource.tokenFor("bob", "partner"))
                .get("/probe/whoami").then().statusCode(403);
        given().auth().oauth2(JwtTestResource.expiredTokenFor("alice", "caseworker"))
                .get("/probe/whoami").then().statusCode(401);
        given().auth().oauth2(JwtTestResource.foreignTokenFor("alice", "caseworker"))
                .get("/probe/whoami").then().statusCode(401);
        given().get("/probe/whoami").then().statusCode(401);
    }

    @Test
    void theBrokerTheTestSeesIsTheOneTheServiceUses() {
        assertThat(KafkaTestResource.broker().bootstrapServers()).isEqualTo(bootstrapServers);
        OncePerJvm.check(bootstrapServers);
    }

    @Test
    void aTestCanRestartTheBrokerAndTheServiceCarriesOn() throws Exception {
        KafkaTestResource.broker().stop();
        assertThat(KafkaTestResource.broker().isRunning()).isFalse();
        // the service publishes while Kafka is away; its producer waits for the broker
        CompletableFuture<String> published = CompletableFuture.supplyAsync(() ->
                given().post("/probe/publish/" + KafkaTopology.CASE_EVENTS).then().statusCode(200).extract().asString());
        Thread.sleep(1_000);
        assertThat(published).isNotDone();
        KafkaTestResource.broker().start();
        assertThat(KafkaTestResource.broker().bootstrapServers()).isEqualTo(bootstrapServers);
        assertThat(published.get(15, TimeUnit.SECONDS)).isEqualTo("ok");
    }
}
