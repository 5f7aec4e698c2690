package no.concerntrail.cases.messaging;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import no.concerntrail.local.LocalPostgres;
import no.concerntrail.testing.PostgresTestResource;

/** case-service's own database, as its owner, for what the API does not show. */
final class Database {

    private Database() {
    }

    static long count(String sql, String parameter) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    static void execute(String sql) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private static Connection connect() throws SQLException {
        LocalPostgres.Database database = PostgresTestResource.database("case-service");
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
