package com.xcord.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.xcord.deploy.guard.Repository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The db-roles job's script, run by psql against a real PostgreSQL as docker compose runs it: each service gets a
 * role that reaches its own schema and nothing else, and a second run (every {@code docker compose up}) changes nothing.
 */
class CreateServiceRolesScriptTests {

    private static final String SCRIPT = "deploy/compose/postgres/create-service-roles.sh";
    private static final String DATABASE = "postgres";

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgresAndRunTheScriptTwice() throws Exception {
        assumeTrue(psqlAvailable(), "psql (postgresql-client) is not installed");
        postgres = EmbeddedPostgres.builder().start();
        for (int run = 1; run <= 2; run++) {
            assertThat(runScript(Map.of(
                    "XCORD_DB_ROLES", "auth feed server",
                    "XCORD_DB_PASSWORD_AUTH", "pw-auth'quote",
                    "XCORD_DB_PASSWORD_FEED", "pw-feed",
                    "XCORD_DB_PASSWORD_SERVER", "pw-server",
                    "XCORD_DB_EXTENSIONS_FEED", "pg_trgm")))
                    .as("exit code of run %d", run).isZero();
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void eachRoleOwnsItsSchemaAndFindsItFirstOnItsSearchPath() throws SQLException {
        try (Connection auth = connectAs("auth"); Statement sql = auth.createStatement()) {
            sql.execute("CREATE TABLE users (id bigint)");
            assertThat(single(sql, "SELECT schemaname FROM pg_tables WHERE tablename = 'users'")).isEqualTo("auth");
        }
        // "server" is a keyword: quoted where needed, still a schema of its own
        try (Connection server = connectAs("server"); Statement sql = server.createStatement()) {
            sql.execute("CREATE TABLE servers (id bigint)");
        }
    }

    @Test
    void aRoleReachesNoOtherSchemaAndCannotCreateInPublicOrCreateSchemas() throws SQLException {
        try (Connection feed = connectAs("feed"); Statement sql = feed.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS posts (id bigint)");
        }
        try (Connection auth = connectAs("auth"); Statement sql = auth.createStatement()) {
            assertThatThrownBy(() -> sql.executeQuery("SELECT * FROM feed.posts")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("CREATE TABLE public.leak (id bigint)")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("CREATE SCHEMA mine")).hasMessageContaining("permission denied");
        }
    }

    @Test
    void rolesAreLoginRolesWithoutPrivilegesAndWithTheirPassword() throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            assertThat(single(sql, "SELECT count(*) FROM pg_roles WHERE rolname IN ('auth','feed','server')"
                    + " AND rolcanlogin AND NOT rolsuper AND NOT rolcreatedb AND NOT rolcreaterole AND NOT rolbypassrls")).isEqualTo("3");
            assertThat(single(sql, "SELECT count(*) FROM pg_authid WHERE rolname IN ('auth','feed','server') AND rolpassword IS NOT NULL"))
                    .isEqualTo("3");
        }
    }

    @Test
    void theSuperuserCreatesTheListedExtensionsInTheRolesSchema() throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            assertThat(single(sql, "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
                    + " WHERE e.extname = 'pg_trgm'")).isEqualTo("feed");
        }
    }

    @Test
    void aMissingPasswordStopsTheJobWithItsName() throws Exception {
        assertThat(runScript(Map.of("XCORD_DB_ROLES", "dm"))).isNotZero();
    }

    private static int runScript(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder("bash", Repository.file(SCRIPT).toString()).redirectErrorStream(true);
        process.environment().putAll(Map.of("PGHOST", "localhost", "PGPORT", Integer.toString(postgres.getPort()),
                "PGUSER", "postgres", "PGDATABASE", DATABASE));
        process.environment().putAll(env);
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(60, TimeUnit.SECONDS)).as("script finished: %s", output).isTrue();
        System.out.print(output);
        return started.exitValue();
    }

    private static Connection connectAs(String role) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE, role, "pw-" + role);
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertThat(rows.next()).as(query).isTrue();
            return rows.getString(1);
        }
    }

    private static boolean psqlAvailable() {
        try {
            return new ProcessBuilder("psql", "--version").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
