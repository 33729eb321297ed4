package com.xcord.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTests {

    @Test
    void startsWithTheXcordDatabaseAndAcceptsTheSuperuser() throws SQLException {
        try (PostgresServer pg = PostgresServer.start(null, 0)) {
            assertThat(pg.jdbcUrl("xcord")).isEqualTo("jdbc:postgresql://localhost:" + pg.port() + "/xcord");
            try (Connection c = connect(pg); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int primary key, name text)");
                s.execute("INSERT INTO t VALUES (1, 'one')");
                assertThat(names(s)).containsExactly("one");
                try (ResultSet rs = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBoolean(1)).isTrue();
                }
            }
        }
    }

    @Test
    void restartWithTheSameDataDirectoryKeepsTheRows(@TempDir Path dataDir) throws SQLException {
        int port;
        try (PostgresServer pg = PostgresServer.start(dataDir, 0)) {
            port = pg.port();
            try (Connection c = connect(pg); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA auth");
                s.execute("CREATE TABLE auth.t (id int primary key, name text)");
                s.execute("INSERT INTO auth.t VALUES (1, 'kept')");
            }
        }
        try (PostgresServer pg = PostgresServer.start(dataDir, port)) {
            assertThat(pg.port()).isEqualTo(port);
            try (Connection c = connect(pg); Statement s = c.createStatement()) {
                s.execute("SET search_path TO auth");
                assertThat(names(s)).containsExactly("kept");
            }
        }
    }

    private static Connection connect(PostgresServer pg) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(PostgresServer.DATABASE), pg.superUser(), pg.superPassword());
    }

    private static List<String> names(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT name FROM t ORDER BY id")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
