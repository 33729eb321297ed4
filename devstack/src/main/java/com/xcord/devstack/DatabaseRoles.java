package com.xcord.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives a service its own database role and schema, idempotently, as DESIGN.md §2 asks: the role can
 * connect to the database and use its own schema, and nothing else — no other service's schema, not
 * {@code public}, no right to create schemas.
 */
final class DatabaseRoles {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final PostgresEndpoint postgres;

    DatabaseRoles(PostgresEndpoint postgres) {
        this.postgres = postgres;
    }

    /** Creates (or updates) role {@code schema} with {@code password}, and schema {@code schema} owned by it. */
    void ensure(String schema, String password, List<String> extensions) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.superUserJdbcUrl(), postgres.superUser(), postgres.superPassword());
             Statement statement = connection.createStatement()) {
            for (String sql : statements(postgres.database(), schema, password, extensions)) {
                statement.execute(sql);
            }
        }
    }

    /** The SQL, in order; every statement can run again without effect. */
    static List<String> statements(String database, String schema, String password, List<String> extensions) {
        String role = identifier(schema);
        String db = identifier(database);
        List<String> sql = new java.util.ArrayList<>(List.of(
                // CREATE ROLE has no IF NOT EXISTS; ALTER keeps the password in line with secrets.properties
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = " + literal(schema) + ") THEN "
                        + "CREATE ROLE " + role + "; END IF; END $$",
                "ALTER ROLE " + role + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
                        + " PASSWORD " + literal(password),
                "ALTER ROLE " + role + " SET search_path = " + role,
                // by default every role may connect to every database and create in public
                "REVOKE ALL ON DATABASE " + db + " FROM PUBLIC",
                "GRANT CONNECT ON DATABASE " + db + " TO " + role,
                "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
                // not even USAGE: a service has no business in public (nor in any schema but its own)
                "REVOKE ALL ON SCHEMA public FROM PUBLIC",
                "CREATE SCHEMA IF NOT EXISTS " + role + " AUTHORIZATION " + role,
                // a schema created earlier by someone else is handed over too
                "ALTER SCHEMA " + role + " OWNER TO " + role));
        for (String extension : extensions) {
            sql.add("CREATE EXTENSION IF NOT EXISTS " + identifier(extension) + " SCHEMA " + role);
        }
        return sql;
    }

    /** Role, schema and database names are plain lower-case identifiers; quoted anyway ({@code server} is a keyword). */
    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        return "\"" + name + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
