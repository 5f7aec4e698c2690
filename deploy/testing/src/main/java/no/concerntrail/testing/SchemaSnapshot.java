package no.concerntrail.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database's schema as text, to compare two databases: every column (type, length, nullability, default) and
 * every index (which covers primary keys and unique constraints) of the public schema, but for Flyway's own
 * history tables, which say how a schema came about rather than what it is.
 */
public final class SchemaSnapshot {

    private SchemaSnapshot() {
    }

    public static List<String> of(DataSource dataSource) {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet columns = statement.executeQuery("""
                    SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default
                    FROM information_schema.columns
                    WHERE table_schema = 'public' AND table_name NOT LIKE '%schema_history'
                    ORDER BY table_name, column_name""")) {
                while (columns.next()) {
                    lines.add("column " + columns.getString(1) + "." + columns.getString(2) + " " + columns.getString(3)
                            + "(" + columns.getString(4) + ") nullable=" + columns.getString(5)
                            + " default=" + columns.getString(6));
                }
            }
            try (ResultSet indexes = statement.executeQuery("""
                    SELECT indexdef FROM pg_indexes
                    WHERE schemaname = 'public' AND tablename NOT LIKE '%schema_history'
                    ORDER BY indexdef""")) {
                while (indexes.next()) {
                    lines.add("index " + indexes.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema", e);
        }
        return lines;
    }

    /** A data source on database {@code <service>_<suffix>} of the shared PostgreSQL, created if needed. */
    public static DataSource database(String service, String suffix) {
        var database = PostgresTestResource.database(service + "-" + suffix);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.jdbcUrl());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        return dataSource;
    }
}
