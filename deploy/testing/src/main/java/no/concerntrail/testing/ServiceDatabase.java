package no.concerntrail.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.concerntrail.local.LocalPostgres;

/** A service's own database, as its owner, for what a test must see or set that the API does not show. */
public final class ServiceDatabase {

    private final Supplier<LocalPostgres.Database> database;

    private ServiceDatabase(Supplier<LocalPostgres.Database> database) {
        this.database = database;
    }

    /** E.g. {@code ServiceDatabase.of("case-service")}: the service's database on the tests' shared PostgreSQL. */
    public static ServiceDatabase of(String service) {
        return new ServiceDatabase(() -> PostgresTestResource.database(service));
    }

    /** A database of another PostgreSQL (the e2e module's, where the services run as processes). */
    public static ServiceDatabase at(LocalPostgres.Database database) {
        return new ServiceDatabase(() -> database);
    }

    /** The one number {@code sql} selects, e.g. a {@code count(*)}. */
    public long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = prepare(connection, sql, parameters);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The first column of every row {@code sql} selects, as text, in the order selected. */
    public List<String> column(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = prepare(connection, sql, parameters);
             ResultSet rows = select.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /**
     * Every row of every table of the service, each as its JSON (a bytea column as PostgreSQL's hex, {@code \\x...}):
     * what a copy of the database would give anyone who has it, for a scan of planted values ({@link Planted}).
     */
    public String everyRow() throws SQLException {
        StringBuilder rows = new StringBuilder();
        for (String table : column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            for (String row : column("SELECT row_to_json(t)::text FROM \"" + table + "\" t")) {
                rows.append(table).append(' ').append(row).append('\n');
            }
        }
        return rows.toString();
    }

    /** Runs a statement; returns the rows it changed. */
    public int execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
            return statement.getUpdateCount();
        }
    }

    /**
     * Waits until the aggregate's latest snapshot stays the latest (the snapshotter runs after a command, on a thread
     * of its own), and returns the sequence number it was taken at.
     */
    public long awaitSettledSnapshot(String aggregateId) throws SQLException, InterruptedException {
        long previous = -1;
        for (int i = 0; i < 100; i++) {
            long latest = count("SELECT coalesce(max(sequence_number), -1) FROM snapshot_event_entry "
                    + "WHERE aggregate_identifier = ?", aggregateId);
            if (latest >= 0 && latest == previous) {
                return latest;
            }
            previous = latest;
            Thread.sleep(200);
        }
        throw new AssertionError("no settled snapshot of " + aggregateId);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private Connection connect() throws SQLException {
        LocalPostgres.Database owner = database.get();
        return DriverManager.getConnection(owner.jdbcUrl(), owner.username(), owner.password());
    }
}
