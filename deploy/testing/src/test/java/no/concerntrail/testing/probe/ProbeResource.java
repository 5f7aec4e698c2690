package no.concerntrail.testing.probe;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import io.smallrye.common.annotation.Identifier;

/** What a service does with the configuration the test resources give it: JWT, a datasource, a producer. */
@Path("/probe")
@Produces(MediaType.TEXT_PLAIN)
public class ProbeResource {

    @Inject
    DataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @GET
    @Path("whoami")
    @RolesAllowed("caseworker")
    public String whoami(@Context SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    @GET
    @Path("db")
    public String db() throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_user || '@' || current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Produces one record; the answer is "ok" or the simple name of the root cause. */
    @POST
    @Path("publish/{topic}")
    public String publish(@PathParam("topic") String topic) {
        Map<String, Object> config = new java.util.HashMap<>(kafkaConfig);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "probe", "hello")).get(30, TimeUnit.SECONDS);
            return "ok";
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof org.apache.kafka.common.config.ConfigException) {
                // a configuration the test resources got wrong: say what it is
                return root.getClass().getSimpleName() + ": " + root.getMessage() + " " + kafkaConfig.keySet();
            }
            return root.getClass().getSimpleName();
        }
    }
}
