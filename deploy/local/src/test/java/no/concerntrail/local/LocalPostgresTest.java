package no.concerntrail.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @Test
    void createsADatabasePerServiceThatItsOwnerCanUse() throws Exception {
        long begin = System.nanoTime();
        try (LocalPostgres postgres = LocalPostgres.start()) {
            System.out.printf("PostgreSQL started in %d ms (%s)%n", (System.nanoTime() - begin) / 1_000_000, postgres);
            LocalPostgres.Database database = postgres.createDatabase(LocalPostgres.databaseName("case-service"));
            assertThat(database.name()).isEqualTo("case_service");
            assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/case_service");
            assertThat(postgres.createDatabase("case_service")).isEqualTo(database);

            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE domain_event_entry (global_index BIGSERIAL PRIMARY KEY, payload TEXT)");
                statement.execute("INSERT INTO domain_event_entry (payload) VALUES ('opened')");
                try (ResultSet rows = statement.executeQuery("SELECT current_user, current_database(), count(*) FROM domain_event_entry")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("case_service");
                    assertThat(rows.getString(2)).isEqualTo("case_service");
                    assertThat(rows.getLong(3)).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void aKeptClusterKeepsItsDatabasesAcrossStarts(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("pg");
        try (LocalPostgres postgres = LocalPostgres.start(data, 0)) {
            LocalPostgres.Database database = postgres.createDatabase("conversation_service");
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (id INT)");
                statement.execute("INSERT INTO kept VALUES (42)");
            }
        }
        long begin = System.nanoTime();
        try (LocalPostgres postgres = LocalPostgres.start(data, 0)) {
            System.out.printf("PostgreSQL restarted on a kept cluster in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            LocalPostgres.Database database = postgres.createDatabase("conversation_service");
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            }
        }
    }

    /** A kept cluster (the run command's, the benchmarks') is durable; only a test run's throw-away one is not. */
    @Test
    void aKeptClusterIsDurableAndAThrowAwayOneIsNot(@TempDir Path directory) throws Exception {
        try (LocalPostgres kept = LocalPostgres.start(directory.resolve("pg"), 0)) {
            assertThat(setting(kept, "fsync")).isEqualTo("on");
            assertThat(setting(kept, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(kept, "full_page_writes")).isEqualTo("on");
            assertThat(setting(kept, "listen_addresses")).isEqualTo("localhost");
        }
        try (LocalPostgres throwAway = LocalPostgres.start()) {
            assertThat(setting(throwAway, "fsync")).isEqualTo("off");
        }
    }

    private static String setting(LocalPostgres postgres, String name) throws Exception {
        try (Connection connection = postgres.superuserDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
