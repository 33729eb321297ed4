package com.xcord.server.bench;

import com.xcord.server.ServerServiceApplication;
import com.xcord.servicekit.test.TestTokens;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs server-service for the message benchmark: the testkit's embedded PostgreSQL, Kafka and
 * Redis, TestTokens' JWKS, the channel seeded with 1,000,000 messages
 * ({@code bench/seed-channel-1m.sql}). Writes, under {@code target/bench/}:
 * {@code bench.properties} (ids and the deep cursor), {@code tokens.csv} (an access token per
 * seeded member, valid 15 minutes) and {@code explain.txt} (EXPLAIN ANALYZE of the history
 * queries); then serves on port 8084 until killed. Not a test: started by
 * {@code server-service/bench/run-server.sh}, loaded by {@code ServerMessagesSimulation}.
 */
public final class BenchServer {

    static final long SERVER = 132267376640000001L;
    static final long CHANNEL = 132267376640000002L;
    static final long FIRST_USER = 900000L;
    static final int USERS = 100;
    /** Message i = 100000: 900,000 messages back from the newest seeded one. */
    static final long DEEP_CURSOR = (31536000000L + 100000L) << 22;

    private static final String COLUMNS = "id, channel_id, server_id, author_id, content, nonce, mention_user_ids,"
            + " mention_role_ids, mention_everyone, attachment_ids, created_at, edited_at";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("benchDir", "target/bench")).toAbsolutePath();
        Files.createDirectories(out);
        SpringApplication app = new SpringApplication(ServerServiceApplication.class);
        app.setDefaultProperties(Map.of("server.port", System.getProperty("port", "8084"),
                "logging.level.root", "WARN", "logging.level.com.xcord", "INFO"));
        ConfigurableApplicationContext context = app.run(args);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

        long started = System.nanoTime();
        seed(jdbc);
        System.out.printf("seeded 1,000,000 + 500,000 messages in %.1f s%n", (System.nanoTime() - started) / 1e9);

        Files.writeString(out.resolve("explain.txt"), explain(jdbc));
        Files.writeString(out.resolve("bench.properties"), "serverId=" + SERVER + "\nchannelId=" + CHANNEL
                + "\ndeepCursor=" + DEEP_CURSOR + "\n");
        writeTokens(out.resolve("tokens.csv"));
        System.out.println("READY " + out);
        Thread.currentThread().join();
    }

    private static void seed(JdbcTemplate jdbc) throws IOException {
        String sql = new ClassPathResource("bench/seed-channel-1m.sql").getContentAsString(StandardCharsets.UTF_8);
        StringBuilder statement = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (line.startsWith("--")) {
                continue;
            }
            statement.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                jdbc.execute(statement.toString());
                statement.setLength(0);
            }
        }
    }

    /** The plans of the queries {@code Messages} runs for a first page, a deep page and an "after" page. */
    private static String explain(JdbcTemplate jdbc) {
        Map<String, String> queries = Map.of(
                "1. first page (newest 50 + 1)",
                "SELECT " + COLUMNS + " FROM messages WHERE channel_id = " + CHANNEL + " ORDER BY id DESC LIMIT 51",
                "2. deep page (before = 900,000 messages back)",
                "SELECT " + COLUMNS + " FROM messages WHERE channel_id = " + CHANNEL + " AND id < " + DEEP_CURSOR
                        + " ORDER BY id DESC LIMIT 51",
                "4. the same first page in a quiet channel (10,000 messages)",
                "SELECT " + COLUMNS + " FROM messages WHERE channel_id = " + (CHANNEL + 98)
                        + " ORDER BY id DESC LIMIT 51",
                "3. after page (oldest first after the deep cursor)",
                "SELECT " + COLUMNS + " FROM messages WHERE channel_id = " + CHANNEL + " AND id > " + DEEP_CURSOR
                        + " ORDER BY id ASC LIMIT 51");
        StringBuilder text = new StringBuilder();
        queries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(q -> {
            jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + q.getValue()); // warm the cache once
            text.append("### ").append(q.getKey()).append("\n").append(q.getValue()).append("\n\n");
            jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + q.getValue(), String.class)
                    .forEach(line -> text.append("    ").append(line).append('\n'));
            text.append('\n');
        });
        return text.toString();
    }

    private static void writeTokens(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("userId,accessToken");
        for (int u = 0; u < USERS; u++) {
            lines.add((FIRST_USER + u) + "," + TestTokens.accessToken(FIRST_USER + u));
        }
        Files.write(file, lines);
    }

    private BenchServer() {
    }
}
