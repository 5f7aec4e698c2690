package no.concerntrail.platform;

import javax.sql.DataSource;
import no.concerntrail.local.LocalPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/** A real PostgreSQL for the platform's own tests: one per test JVM, a fresh database per call. */
public final class TestDatabase {

    private static LocalPostgres postgres;
    private static int databases;

    private TestDatabase() {
    }

    /** A fresh database, as its owner. */
    public static DataSource fresh() {
        LocalPostgres.Database database = freshDatabase();
        return dataSource(database.jdbcUrl(), database.username(), database.password());
    }

    /** A fresh database, with its owner and runtime roles. */
    public static synchronized LocalPostgres.Database freshDatabase() {
        if (postgres == null) {
            postgres = LocalPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "platform-test-postgres"));
        }
        return postgres.createDatabase("platform_test_" + ++databases);
    }

    public static DataSource dataSource(String jdbcUrl, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }
}
