package com.xcord.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

/**
 * The embedded cluster is initialised with {@code trust} authentication: anyone could connect as any
 * role, so a service with a wrong password (or another service's user name) would still get in and a
 * misconfiguration that production would refuse would go unnoticed. This makes every role but the
 * superuser authenticate with its password (scram-sha-256); the superuser keeps {@code trust} because
 * the embedded server's own start-up check connects without one. Only for the embedded server: an
 * external one has its own rules.
 */
final class PasswordAuthentication {

    static String hba(String superUser) {
        return String.join("\n",
                "# Written by ./xcord up (devstack PasswordAuthentication): service roles must use their passwords.",
                "# TYPE  DATABASE  USER      ADDRESS        METHOD",
                "local   all       " + superUser + "                 trust",
                "host    all       " + superUser + "  127.0.0.1/32   trust",
                "host    all       " + superUser + "  ::1/128        trust",
                "local   all       all                      scram-sha-256",
                "host    all       all       127.0.0.1/32   scram-sha-256",
                "host    all       all       ::1/128        scram-sha-256",
                "");
    }

    private PasswordAuthentication() {
    }

    /** Rewrites the server's pg_hba.conf (found through {@code SHOW hba_file}) if needed and reloads it. */
    static void requireForServiceRoles(PostgresEndpoint superUser) throws SQLException {
        try (Connection connection = DriverManager.getConnection(superUser.superUserJdbcUrl(), superUser.superUser(), superUser.superPassword());
             Statement statement = connection.createStatement()) {
            Path hbaFile;
            try (ResultSet rs = statement.executeQuery("SHOW hba_file")) {
                rs.next();
                hbaFile = Path.of(rs.getString(1));
            }
            String wanted = hba(DatabaseRoles.identifier(superUser.superUser()).replace("\"", ""));
            if (Files.isRegularFile(hbaFile) && Files.readString(hbaFile).equals(wanted)) {
                return;
            }
            Files.writeString(hbaFile, wanted);
            reload(statement);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** pg_reload_conf() only signals the postmaster; wait until the new rules are in force. */
    private static void reload(Statement statement) throws SQLException {
        Timestamp before = loadTime(statement);
        statement.execute("SELECT pg_reload_conf()");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!loadTime(statement).after(before) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Timestamp loadTime(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT pg_conf_load_time()")) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }
}
