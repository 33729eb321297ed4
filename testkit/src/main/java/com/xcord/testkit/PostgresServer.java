package com.xcord.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL 17 (zonky binaries) for tests and {@code ./xcord up}.
 *
 * <p>As root (containers, CI) zonky runs initdb/postgres inside {@code unshare -U}, because initdb
 * refuses to run as root; nothing to do here for that.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "xcord";

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final String SUPER_USER = "postgres";
    /** Zonky initialises the cluster with trust authentication: any password is accepted. */
    private static final String SUPER_PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDir null for a temp cluster deleted on close; otherwise the cluster is kept there
     *                and reused on the next start (restart keeps everything)
     * @param port    0 for a free port
     */
    public static PostgresServer start(Path dataDir, int port) {
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                // 2-core CI machines can be slow on first start (binary extraction + initdb)
                .setPGStartupWait(Duration.ofSeconds(60))
                // each service test context has its own pool
                .setServerConfig("max_connections", "300");
        if (dataDir == null) {
            // throw-away data: durability buys nothing, speed does
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        } else {
            Path dir = Files2.dirOrTemp(dataDir, "xcord-pg");
            OrphanProcesses.stopIfAlive(dir.resolve("postmaster.pid"), "postgres", Duration.ofSeconds(30));
            // kept data (./xcord up) is durable like production: zonky defaults to synchronous_commit=off
            builder.setDataDirectory(dir).setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on");
        }
        try {
            PostgresServer server = new PostgresServer(builder.start());
            server.createDatabaseIfAbsent(DATABASE);
            log.info("Embedded PostgreSQL on port {} ({}) started in {} ms", server.port(),
                    dataDir == null ? "temp data" : "data in " + dataDir, (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    public String host() {
        return "localhost";
    }

    public int port() {
        return postgres.getPort();
    }

    public String superUser() {
        return SUPER_USER;
    }

    public String superPassword() {
        return SUPER_PASSWORD;
    }

    /** {@code jdbc:postgresql://localhost:PORT/DB}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Stops the server; a temp cluster is deleted, a given data directory is kept. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createDatabaseIfAbsent(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPER_USER, SUPER_PASSWORD);
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE \"" + database + "\"");
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("could not create database " + database, e);
        }
    }
}
