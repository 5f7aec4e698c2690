package no.concerntrail.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** No local user reaches a database without its role's password: not as the owner, the runtime role or superuser. */
    @Test
    void everyConnectionNeedsItsRolesPassword() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start()) {
            LocalPostgres.Database database = postgres.createDatabase("case_service");
            for (String[] login : new String[][] {
                    {database.username(), "wrong"}, {database.runtimeUsername(), ""},
                    {database.runtimeUsername(), database.password()}, {"postgres", ""}, {"postgres", "postgres"}}) {
                assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), login[0], login[1]).close())
                        .as("%s with password '%s'", login[0], login[1])
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "08004"));
            }
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.runtimeUsername(),
                    database.runtimePassword())) {
                assertThat(connection.isValid(5)).isTrue();
            }
            try (Connection connection = postgres.superuserDataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_authid WHERE rolcanlogin "
                         + "AND (rolpassword IS NULL OR rolpassword NOT LIKE 'SCRAM-SHA-256$%')")) {
                rows.next();
                assertThat(rows.getLong(1)).as("login roles without a SCRAM password").isZero();
            }
            assertThat(Files.readString(hbaFile(postgres))).isEqualTo(PostgresAuthentication.RULES);
        }
    }

    /** A kept cluster made before passwords were required (trust, a superuser without one) requires them next time. */
    @Test
    void aKeptClusterThatTrustedEveryoneRequiresPasswordsWhenItNextStarts(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("pg");
        try (LocalPostgres postgres = LocalPostgres.start(data, 0);
             Connection connection = postgres.superuserDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            Files.writeString(hbaFile(postgres), "host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
            statement.execute("SELECT pg_reload_conf()");
            statement.execute("ALTER ROLE postgres WITH PASSWORD NULL");
        }
        Files.delete(directory.resolve("pg-superuser.password"));

        try (LocalPostgres postgres = LocalPostgres.start(data, 0)) {
            assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThat(Files.readString(hbaFile(postgres))).isEqualTo(PostgresAuthentication.RULES);
            assertThat(Files.getPosixFilePermissions(directory.resolve("pg-superuser.password")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    private static Path hbaFile(LocalPostgres postgres) throws Exception {
        return Path.of(setting(postgres, "hba_file"));
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
