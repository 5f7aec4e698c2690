package no.concerntrail.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import no.concerntrail.local.ConcernTrailServices;
import no.concerntrail.local.KafkaTopology;
import no.concerntrail.local.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The partner feed starts from its first start: should its tokens be lost, it goes on from where the store then ends,
 * and nothing already sent goes to the partner again (under whatever the policy has become since).
 */
class PartnerFeedTokenLossTest {

    private static final String CHILD_WELFARE = "child-welfare";

    @RegisterExtension
    static final AllServices SERVICES = new AllServices();

    @Test
    void aFeedWhoseTokensAreLostSendsNothingAgain() throws Exception {
        String topic = KafkaTopology.partnerReferralsTopic(CHILD_WELFARE);
        try (TopicWatcher partnerTopic = TopicWatcher.watch(
                SERVICES.kafkaClient(KafkaTopology.partnerPrincipal(CHILD_WELFARE)), topic)) {
            String before = Journeys.referToChildWelfare(SERVICES, Journeys.assignedConcern(SERVICES));
            assertThat(partnerTopic.awaitSeen(seen -> seen.stream().anyMatch(record -> record.key().equals(before)),
                    Duration.ofSeconds(30))).as("the first referral on " + topic).isTrue();

            SERVICES.kill(ConcernTrailServices.REFERRAL);
            forgetPartnerFeedTokens();
            SERVICES.restart(ConcernTrailServices.REFERRAL);

            String after = Journeys.referToChildWelfare(SERVICES, Journeys.assignedConcern(SERVICES));
            assertThat(partnerTopic.awaitSeen(seen -> seen.stream().anyMatch(record -> record.key().equals(after)),
                    Duration.ofSeconds(30))).as("the referral made after the restart on " + topic).isTrue();
            assertThat(partnerTopic.seen()).filteredOn(record -> record.key().equals(before))
                    .extracting(TopicWatcher.Seen::ceId).doesNotHaveDuplicates().hasSize(1);
        }
    }

    /** As an operator's mistake or a restore would: the feed's tokens are gone (as the database's owner). */
    private static void forgetPartnerFeedTokens() throws Exception {
        LocalPostgres.Database database = SERVICES.database(ConcernTrailServices.REFERRAL);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("DELETE FROM token_entry WHERE processor_name = 'partner-feed'"))
                    .isPositive();
        }
    }
}
