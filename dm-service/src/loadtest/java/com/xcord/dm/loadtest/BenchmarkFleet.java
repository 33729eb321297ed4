package com.xcord.dm.loadtest;

import com.xcord.dm.DmServiceApplication;
import com.xcord.servicekit.test.TestTokens;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * dm-service on the testkit's embedded PostgreSQL, Kafka and Redis (started by the testkit's
 * environment post-processor, as in the tests), in the load generator's JVM so that it can
 * accept {@link TestTokens}. Seeds the data set and records the query plans of the hot paths.
 */
final class BenchmarkFleet implements AutoCloseable {

    static final long USER = 10_000_000L;
    static final long FIRST_PARTNER = 10_000_001L;

    final int conversations;
    final int messages;
    final String baseUrl;
    final List<Long> conversationIds;
    private final ConfigurableApplicationContext context;

    private BenchmarkFleet(int conversations, int messages) {
        this.conversations = conversations;
        this.messages = messages;
        this.context = SpringApplication.run(DmServiceApplication.class, "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = "http://localhost:" + port;
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        seed(jdbc);
        this.conversationIds = jdbc.queryForList(
                "SELECT conversation_id FROM participant WHERE user_id = ? ORDER BY conversation_id", Long.class, USER);
        explain(jdbc);
    }

    static BenchmarkFleet start(int conversations, int messages) {
        return new BenchmarkFleet(conversations, messages);
    }

    /** The partner of the i-th seeded conversation (ordered by id). */
    long partnerOf(int index) {
        return FIRST_PARTNER + index;
    }

    private void seed(JdbcTemplate jdbc) {
        long started = System.nanoTime();
        jdbc.execute((java.sql.Connection c) -> {
            try (var st = c.createStatement()) {
                st.execute("SET seed.user_id = '" + USER + "'");
                st.execute("SET seed.first_other = '" + FIRST_PARTNER + "'");
                st.execute("SET seed.conversations = '" + conversations + "'");
                st.execute("SET seed.messages = '" + messages + "'");
                st.execute(new ClassPathResource("dm-seed.sql").getContentAsString(StandardCharsets.UTF_8));
                st.execute("VACUUM ANALYZE");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        System.out.printf("seeded %,d conversations and %,d messages in %.1f s%n", conversations,
                jdbc.queryForObject("SELECT count(*) FROM message", Long.class), (System.nanoTime() - started) / 1e9);
    }

    /** EXPLAIN ANALYZE of the statements behind the list, a history page, a read and a send's unread update. */
    private void explain(JdbcTemplate jdbc) {
        // conversation 24 of the seed: the user has 24 messages unread in it (c mod 25)
        long conversation = conversationIds.get(Math.min(24, conversationIds.size() - 1));
        List<Long> page = jdbc.queryForList("SELECT conversation_id FROM participant WHERE user_id = ? AND active"
                + " ORDER BY activity_id DESC LIMIT 50", Long.class, USER);
        long lastRead = jdbc.queryForObject(
                "SELECT last_read_id FROM participant WHERE user_id = ? AND conversation_id = ?", Long.class, USER,
                conversation);
        List<String> out = new ArrayList<>();
        plan(jdbc, out, "conversation list, first page (ConversationRepository.inbox)", """
                SELECT c.id, c.kind, c.name, c.owner_id, c.created_at, p.activity_id, p.last_read_id, p.unread_count,
                       m.id, m.sender_id, m.kind, m.content, m.attachment_ids, m.target_user_id, m.created_at, m.edited_at
                  FROM participant p
                  JOIN conversation c ON c.id = p.conversation_id
                  LEFT JOIN message m ON m.id = p.activity_id AND m.deleted_at IS NULL
                 WHERE p.user_id = %d AND p.active
                 ORDER BY p.activity_id DESC
                 LIMIT 51""".formatted(USER));
        plan(jdbc, out, "participants of a page (ConversationRepository.members)", """
                SELECT conversation_id, user_id, last_read_id FROM participant
                 WHERE conversation_id IN (%s) AND active
                 ORDER BY joined_at, user_id""".formatted(String.join(", ", page.stream().map(String::valueOf).toList())));
        plan(jdbc, out, "history, first page (MessageRepository.before)", """
                SELECT * FROM message
                 WHERE conversation_id = %d AND deleted_at IS NULL
                 ORDER BY id DESC LIMIT 51""".formatted(conversation));
        plan(jdbc, out, "history, deep page (before a message 500 back)", """
                SELECT * FROM message
                 WHERE conversation_id = %d AND deleted_at IS NULL AND id < %d
                 ORDER BY id DESC LIMIT 51""".formatted(conversation, lastRead - 500L * conversations * (1L << 22)));
        plan(jdbc, out, "unread recount on read (MessageRepository.countUnread)", """
                SELECT count(*) FROM message
                 WHERE conversation_id = %d AND id > %d AND sender_id <> %d AND kind = 'TEXT' AND deleted_at IS NULL
                """.formatted(conversation, lastRead, USER));
        plan(jdbc, out, "unread totals (ConversationRepository.unread)", """
                SELECT conversation_id, unread_count FROM participant
                 WHERE user_id = %d AND active AND unread_count > 0 ORDER BY activity_id DESC""".formatted(USER));
        try {
            Path file = targetDirectory().resolve("dm-query-plans.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, out);
            System.out.println("query plans written to " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** dm-service/target, found from where this class was loaded (target/test-classes). */
    static Path targetDirectory() {
        try {
            return Path.of(BenchmarkFleet.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void plan(JdbcTemplate jdbc, List<String> out, String title, String sql) {
        out.add("== " + title);
        out.add(sql.strip());
        out.add("--");
        out.addAll(jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + sql, String.class));
        out.add("");
    }

    @Override
    public void close() {
        context.close();
    }
}
