package no.concerntrail.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.concerntrail.platform.TestDatabase;
import no.concerntrail.platform.schema.PlatformSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Police Records Act: usage logs are kept at least one year and at most three. */
class AccessLogRetentionTest {

    @ParameterizedTest
    @ValueSource(strings = {"P1Y", "P18M", "P2Y", "P3Y"})
    void aRetentionOfOneToThreeYearsIsTaken(String retention) {
        assertThatCode(() -> retention(Period.parse(retention)).check(null)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P11M", "P364D", "P3Y1D", "P4Y", "P0D"})
    void anyOtherRetentionStopsTheServiceAtStartUp(String retention) {
        assertThatThrownBy(() -> retention(Period.parse(retention)).check(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("concerntrail.access-log.retention").hasMessageContaining(retention);
    }

    @Test
    void entriesOlderThanTheRetentionAreDeletedAndNoOthers() throws Exception {
        DataSource database = TestDatabase.fresh();
        PlatformSchema.migrate(database);
        AccessLog log = new AccessLog();
        log.dataSource = database;
        UUID concern = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO personal_data_access (at, actor, action, concern_id) VALUES (?, ?, ?, ?)")) {
            for (OffsetDateTime at : List.of(now.minusYears(2).minusDays(1), now.minusYears(2).plusDays(1))) {
                insert.setObject(1, at);
                insert.setString(2, "officer-kari");
                insert.setString(3, "concern.read");
                insert.setObject(4, concern);
                insert.executeUpdate();
            }
        }
        AccessLogRetention retention = retention(Period.ofYears(2));
        retention.accessLog = log;

        assertThat(retention.purge()).isOne();
        assertThat(log.of(concern)).hasSize(1).allSatisfy(entry ->
                assertThat(entry.at()).isAfter(now.minusYears(2).toInstant()));
    }

    private static AccessLogRetention retention(Period period) {
        AccessLogRetention retention = new AccessLogRetention();
        retention.retention = period;
        return retention;
    }
}
