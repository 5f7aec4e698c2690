package no.concerntrail.local;

import static no.concerntrail.local.LocalKafkaBroker.ADMIN;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The SCRAM users a broker knows, name to password, {@value LocalKafkaBroker#ADMIN} included. The admin password
 * belongs to the data directory: given or generated on the first use, it is kept in {@code admin.password} there,
 * because the formatted storage holds its credential.
 */
final class BrokerUsers {

    private final Map<String, String> users = Collections.synchronizedMap(new LinkedHashMap<>());

    BrokerUsers(Path dataDirectory, String givenAdminPassword) {
        users.put(ADMIN, adminPassword(dataDirectory, givenAdminPassword));
    }

    /** Adds a user or changes its password; the admin's password cannot change. */
    void put(String name, String password) {
        checkScramValue(name);
        checkScramValue(password);
        if (ADMIN.equals(name) && !password.equals(users.get(ADMIN))) {
            throw new IllegalArgumentException("the admin password belongs to the data directory: give it to the builder");
        }
        users.put(name, password);
    }

    String password(String user) {
        String password = users.get(user);
        if (password == null) {
            throw new IllegalArgumentException("unknown Kafka user '" + user + "'; known: " + users.keySet());
        }
        return password;
    }

    String adminPassword() {
        return users.get(ADMIN);
    }

    /** A copy, admin included. */
    Map<String, String> all() {
        synchronized (users) {
            return new LinkedHashMap<>(users);
        }
    }

    /** A copy of everyone but the admin, whose credential only the format sets. */
    Map<String, String> withoutAdmin() {
        Map<String, String> copy = all();
        copy.remove(ADMIN);
        return copy;
    }

    private static String adminPassword(Path dataDirectory, String given) {
        Path file = dataDirectory.resolve("admin.password");
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (given != null && !given.equals(stored)) {
                    throw new IllegalArgumentException("the data directory " + dataDirectory
                            + " was formatted with another admin password; use that one or a new directory");
                }
                return stored;
            }
            String password = given != null ? given : Secrets.password();
            checkScramValue(password);
            Secrets.writeOwnerOnly(file, password + "\n");
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The StorageTool's --add-scram syntax splits on ',' '=' '[' ']', and JAAS values are quoted. */
    private static void checkScramValue(String value) {
        Objects.requireNonNull(value, "user name and password are required");
        if (value.isEmpty() || !value.matches("[A-Za-z0-9._@+-]+")) {
            throw new IllegalArgumentException("Kafka user names and passwords may only use A-Z a-z 0-9 . _ @ + - (got '"
                    + value + "')");
        }
    }
}
