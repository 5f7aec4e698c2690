package no.concerntrail.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import no.concerntrail.local.LocalPostgres;

/**
 * Holds back the commit of every transaction that appends to a service's event store, until released: a deferred
 * trigger makes each such commit wait for an advisory lock this barrier holds. A command that appended meanwhile
 * waits at its commit; another on the same aggregate has read the version before that append (it is not committed)
 * and waits on the same (aggregate, sequence). Released, the first commits and the second is refused: a conflict
 * for certain, from two replicas or from one (Axon's lock on an aggregate ends with its unit of work, before the
 * transaction commits).
 *
 * <pre>{@code
 * try (CommitBarrier commits = CommitBarrier.hold(database)) {
 *     ... send the commands from their own threads ...
 *     commits.awaitWaiting(2, Duration.ofSeconds(30));
 * } // released: one commits, the other collides
 * }</pre>
 */
public final class CommitBarrier implements AutoCloseable {

    /** Any number the services do not use for advisory locks (they use none). */
    private static final long KEY = 4_711_2026L;

    private final Connection holder;
    private final Connection monitor;

    private CommitBarrier(Connection holder, Connection monitor) {
        this.holder = holder;
        this.monitor = monitor;
    }

    /** The barrier on a service's database of the tests' shared PostgreSQL, e.g. {@code hold("case-service")}. */
    public static CommitBarrier hold(String service) {
        return hold(PostgresTestResource.database(service));
    }

    public static CommitBarrier hold(LocalPostgres.Database database) {
        try {
            Connection holder = connect(database.jdbcUrl(), database.username(), database.password());
            Connection monitor = connect(database.jdbcUrl(), database.runtimeUsername(), database.runtimePassword());
            try (Statement statement = holder.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
                statement.execute("""
                        CREATE OR REPLACE FUNCTION commit_barrier() RETURNS trigger AS $$
                        BEGIN
                            PERFORM pg_advisory_xact_lock_shared(%d);
                            RETURN NULL;
                        END $$ LANGUAGE plpgsql""".formatted(KEY));
                statement.execute("DROP TRIGGER IF EXISTS commit_barrier ON domain_event_entry");
                statement.execute("CREATE CONSTRAINT TRIGGER commit_barrier AFTER INSERT ON domain_event_entry "
                        + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION commit_barrier()");
            }
            return new CommitBarrier(holder, monitor);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hold the commits of " + database.name(), e);
        }
    }

    /** Waits until {@code count} transactions wait: at their commit, or on another's append. */
    public void awaitWaiting(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int waiting = 0;
        while (System.nanoTime() < deadline) {
            waiting = waiting();
            if (waiting >= count) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("Only " + waiting + " of " + count + " transactions came to wait");
    }

    private int waiting() {
        try (PreparedStatement query = monitor.prepareStatement("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()""");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not see the waiting transactions", e);
        }
    }

    /** Lets the commits go, and removes the trigger. */
    @Override
    public void close() {
        try (holder; monitor; Statement statement = holder.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            statement.execute("DROP TRIGGER commit_barrier ON domain_event_entry");
            statement.execute("DROP FUNCTION commit_barrier()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release the commits", e);
        }
    }

    private static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
