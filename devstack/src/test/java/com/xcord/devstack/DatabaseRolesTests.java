package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.xcord.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real PostgreSQL: the roles the launcher creates can touch their own schema and nothing else. */
class DatabaseRolesTests {

    private static final String AUTH_PASSWORD = Secrets.random256Bits();
    private static final String FEED_PASSWORD = Secrets.random256Bits();

    private static PostgresServer server;
    private static PostgresEndpoint postgres;

    @BeforeAll
    static void twoServicesWithTheirOwnSchema() throws Exception {
        server = PostgresServer.start(null, 0);
        postgres = new PostgresEndpoint(server.host(), server.port(), PostgresServer.DATABASE, server.superUser(), server.superPassword(), null);
        PasswordAuthentication.requireForServiceRoles(postgres);
        DatabaseRoles roles = new DatabaseRoles(postgres);
        roles.ensure("auth", AUTH_PASSWORD, List.of());
        roles.ensure("feed", FEED_PASSWORD, List.of());
        // run twice, as every ./xcord up does
        roles.ensure("auth", AUTH_PASSWORD, List.of());
        roles.ensure("feed", FEED_PASSWORD, List.of());
        try (Connection feed = connect("feed", FEED_PASSWORD); Statement sql = feed.createStatement()) {
            sql.execute("CREATE TABLE posts (id bigint PRIMARY KEY)");
            sql.execute("INSERT INTO posts VALUES (1)");
        }
        try (Connection superUser = DriverManager.getConnection(postgres.superUserJdbcUrl(), server.superUser(), server.superPassword());
             Statement sql = superUser.createStatement()) {
            sql.execute("CREATE TABLE public.shared (id bigint)");
            sql.execute("GRANT SELECT ON public.shared TO PUBLIC");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRoleWorksInItsOwnSchemaWhichIsItsSearchPath() throws SQLException {
        try (Connection auth = connect("auth", AUTH_PASSWORD); Statement sql = auth.createStatement()) {
            sql.execute("CREATE TABLE users (id bigint PRIMARY KEY, name text)");
            sql.execute("INSERT INTO users VALUES (1, 'ada')");
            try (ResultSet rs = sql.executeQuery("SELECT current_schema(), (SELECT name FROM auth.users)")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("auth");
                assertThat(rs.getString(2)).isEqualTo("ada");
            }
            sql.execute("DROP TABLE users");
        }
    }

    @Test
    void authCannotReadOrCreateInFeedsSchema() throws SQLException {
        try (Connection auth = connect("auth", AUTH_PASSWORD); Statement sql = auth.createStatement()) {
            assertPermissionDenied(sql, "SELECT * FROM feed.posts");
            assertPermissionDenied(sql, "CREATE TABLE feed.stolen (id bigint)");
            assertPermissionDenied(sql, "DROP TABLE feed.posts");
        }
    }

    @Test
    void authCannotReadOrCreateInPublicEvenWhatIsGrantedToPublic() throws SQLException {
        try (Connection auth = connect("auth", AUTH_PASSWORD); Statement sql = auth.createStatement()) {
            assertPermissionDenied(sql, "SELECT * FROM public.shared");
            assertPermissionDenied(sql, "CREATE TABLE public.stolen (id bigint)");
        }
    }

    @Test
    void authCannotCreateSchemasOrTakeOverAnotherRole() throws SQLException {
        try (Connection auth = connect("auth", AUTH_PASSWORD); Statement sql = auth.createStatement()) {
            assertPermissionDenied(sql, "CREATE SCHEMA mine");
            assertPermissionDenied(sql, "SET ROLE feed");
            assertPermissionDenied(sql, "ALTER ROLE feed PASSWORD 'x'");
        }
    }

    @Test
    void aRoleNeedsItsOwnPassword() {
        assertThatThrownBy(() -> connect("auth", FEED_PASSWORD).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> connect("feed", "").close()).isInstanceOf(SQLException.class);
    }

    @Test
    void aSchemaNamedLikeAKeywordWorksAndExtensionsLandInTheSchema() throws SQLException {
        String password = Secrets.random256Bits();
        new DatabaseRoles(postgres).ensure("server", password, List.of("pg_trgm"));
        try (Connection server = connect("server", password); Statement sql = server.createStatement();
             ResultSet rs = sql.executeQuery("SELECT current_schema(), similarity('xcord', 'xcords') > 0.5")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("server");
            assertThat(rs.getBoolean(2)).isTrue();
        }
    }

    @Test
    void refusesNamesThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> DatabaseRoles.identifier("auth; DROP DATABASE xcord")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DatabaseRoles.literal("it's")).isEqualTo("'it''s'");
    }

    private static Connection connect(String role, String password) throws SQLException {
        return DriverManager.getConnection(postgres.serviceJdbcUrl(role), role, password);
    }

    private static void assertPermissionDenied(Statement sql, String statement) {
        assertThatThrownBy(() -> sql.execute(statement)).as(statement).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(statement + ": " + e.getMessage()).isEqualTo("42501"));
    }
}
