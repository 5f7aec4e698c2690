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

    public static synchronized DataSource fresh() {
        if (postgres == null) {
            postgres = LocalPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "platform-test-postgres"));
        }
        LocalPostgres.Database database = postgres.createDatabase("platform_test_" + ++databases);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.jdbcUrl());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        return dataSource;
    }
}
