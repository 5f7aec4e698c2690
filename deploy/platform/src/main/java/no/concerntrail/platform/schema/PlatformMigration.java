package no.concerntrail.platform.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * One of the platform's SQL migrations, read from the platform jar by its exact name rather than found by
 * scanning a location (a scan of a dependency jar is not reliable in every class loader Quarkus runs in). The
 * checksum is the file's, so an edited platform migration fails validation as an edited SQL file would.
 */
final class PlatformMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    private final String sql;

    /** @param file e.g. {@code V1__event_store.sql} under {@code db/platform/} */
    PlatformMigration(String file) {
        int separator = file.indexOf("__");
        this.version = MigrationVersion.fromVersion(file.substring(1, separator));
        this.description = file.substring(separator + 2, file.lastIndexOf('.')).replace('_', ' ');
        this.sql = read("db/platform/" + file);
    }

    private static String read(String resource) {
        try (InputStream in = PlatformMigration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The platform jar has no " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(sql.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        // PostgreSQL runs the file's statements in one simple-query call, inside Flyway's transaction
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(sql);
        }
    }
}
