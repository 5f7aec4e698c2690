package no.concerntrail.cases.retention;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.cases.domain.ErasureGround;
import no.concerntrail.cases.domain.command.EraseConcern;
import no.concerntrail.platform.jdbc.Jdbc;
import no.concerntrail.platform.retention.RetentionRule;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention deadlines of concerns, run by the platform's retention job with its own: a concern closed at triage as
 * not a concern, misguided or malicious is kept only briefly; any other closed concern a limited number of years. Both
 * count from the concern's last new information (its own latest event, or the latest report about it from another
 * service), so a closed concern that is still being written about is kept. Each is erased as a team lead would erase
 * it ({@code ConcernErased}, ground RETENTION_DEADLINE, the rule's name as its reference, the run's who as its actor),
 * with everything that follows from that in every service.
 */
public class ConcernRetention {

    static final String CLOSED_AT_TRIAGE = "concerns-closed-at-triage";
    static final String CLOSED = "concerns-closed";
    private static final String SHORT_LIVED = "('NOT_A_CONCERN', 'MISGUIDED', 'MALICIOUS')";

    /** The closed concerns of one kind, not erased yet, whose last new information is older than a cutoff. */
    record ClosedConcerns(String name, Duration keep, String triage, Jdbc jdbc, CommandGateway commands)
            implements RetentionRule {

        private static final String DUE = """
                FROM concern_view v WHERE v.status = 'CLOSED' AND NOT v.erased AND %s
                AND GREATEST(v.updated_at, COALESCE((SELECT max(t.at) FROM concern_timeline t
                  WHERE t.concern_id = v.concern_id), v.updated_at)) < ?""";

        @Override
        public long due(Instant cutoff) {
            return jdbc.queryOne("SELECT count(*) " + DUE.formatted(triage), row -> row.getLong(1), cutoff)
                    .orElse(0L);
        }

        @Override
        public int erase(Instant cutoff, String runBy) {
            List<UUID> due = jdbc.query("SELECT v.concern_id " + DUE.formatted(triage),
                    row -> row.getObject(1, UUID.class), cutoff);
            due.forEach(concern -> commands.sendAndWait(new EraseConcern(concern, ErasureGround.RETENTION_DEADLINE,
                    name, null, runBy)));
            return due.size();
        }
    }

    @Produces
    @Singleton
    RetentionRule closedAtTriage(DataSource dataSource, CommandGateway commands,
                                 @ConfigProperty(name = "concerntrail.retention.concerns-closed-at-triage")
                                 Duration keep) {
        return new ClosedConcerns(CLOSED_AT_TRIAGE, keep, "v.triage IN " + SHORT_LIVED, new Jdbc(dataSource),
                commands);
    }

    @Produces
    @Singleton
    RetentionRule closed(DataSource dataSource, CommandGateway commands,
                         @ConfigProperty(name = "concerntrail.retention.concerns-closed") Duration keep) {
        return new ClosedConcerns(CLOSED, keep, "(v.triage IS NULL OR v.triage NOT IN " + SHORT_LIVED + ")",
                new Jdbc(dataSource), commands);
    }
}
