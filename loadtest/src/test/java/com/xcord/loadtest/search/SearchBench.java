package com.xcord.loadtest.search;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.ServerEvents;
import com.xcord.loadtest.realtime.LatencyHistogram;
import com.xcord.loadtest.realtime.LocalTokenIssuer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * search-service against DESIGN §9 ("over 1M messages, ranked single-term p99 ≤ 50 ms; a new message searchable
 * within 1 s"), in three parts, each printing its numbers:
 * <ol>
 * <li>{@code seed}: 1M channel messages + 1M DMs + 1M posts written by SQL straight into the service's index tables
 * ({@code search/seed.sql}: skewed vocabulary, Turkish words among the most common) — writing them through Kafka
 * would measure the indexer, which part 3 does separately;</li>
 * <li>query latency through HTTP at a fixed arrival rate (open model) per scenario: ranked single-term
 * ({@code sort=relevance}) for a common and a rarer word, multi-term plus filters across all types, DMs; then the
 * PostgreSQL plans of the same searches ({@code EXPLAIN (ANALYZE, BUFFERS)});</li>
 * <li>index lag: {@code message.created} events published to Kafka at {@code lagRate}/s, each timed from its send
 * to its row being in the index (committed rows are what a search reads).</li>
 * </ol>
 * search-service must run against {@code jdbcUrl}/{@code kafka} with its JWKS pointed at this benchmark's issuer:
 * {@code XCORD_SECURITY_JWKS_URI=http://localhost:18099/jwks ./xcord up --only search-service} (search-service/BENCHMARK.md).
 */
public final class SearchBench {

    private static final String BASE = System.getProperty("baseUrl", "http://localhost:8088");
    private static final String JDBC = System.getProperty("jdbcUrl",
            "jdbc:postgresql://localhost:15432/xcord?currentSchema=search");
    private static final String DB_USER = System.getProperty("dbUser", "search");
    private static final String DB_PASSWORD = System.getProperty("dbPassword", "search");
    private static final String KAFKA = System.getProperty("kafka", "localhost:19092");
    private static final boolean SEED = Boolean.parseBoolean(System.getProperty("seed", "true"));
    private static final int RATE = Integer.getInteger("rate", 20);
    private static final int SECONDS = Integer.getInteger("seconds", 30);
    private static final int LAG_RATE = Integer.getInteger("lagRate", 200);
    private static final int LAG_SECONDS = Integer.getInteger("lagSeconds", 30);
    private static final long CALLER = 1;

    public static void main(String[] args) throws Exception {
        try (LocalTokenIssuer issuer = LocalTokenIssuer.serve(Integer.getInteger("jwksPort", LocalTokenIssuer.DEFAULT_PORT));
             Connection db = DriverManager.getConnection(JDBC, DB_USER, DB_PASSWORD)) {
            if (SEED) {
                seed(db);
            }
            String token = issuer.token(Long.toString(CALLER));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String after = LocalDate.now(ZoneOffset.UTC).minusDays(10).toString();
            Map<String, String> scenarios = new java.util.LinkedHashMap<>();
            scenarios.put("ranked single-term, common word (message)", "/api/v1/search?type=message&sort=relevance&q=kitap");
            scenarios.put("ranked single-term, rarer word (message)", "/api/v1/search?type=message&sort=relevance&q=" + word(db, 300));
            scenarios.put("recent single-term, all types", "/api/v1/search?q=istanbul");
            scenarios.put("multi-term + filters, all types", "/api/v1/search?q="
                    + enc("kahve güzel has:link after:" + after));
            scenarios.put("ranked multi-term + from:, message", "/api/v1/search?type=message&sort=relevance&q="
                    + enc("deploy release from:2"));
            scenarios.put("DM single-term", "/api/v1/search/dm?q=merhaba");
            scenarios.put("people, typo (usr1234 finds user1234)", "/api/v1/search?type=user&q=usr1234");
            for (Map.Entry<String, String> scenario : scenarios.entrySet()) {
                run(http, token, scenario.getKey(), scenario.getValue(), 2, false);
                run(http, token, scenario.getKey(), scenario.getValue(), SECONDS, true);
            }
            plans(db);
            indexLag(db);
        }
    }

    private static void seed(Connection db) throws IOException, SQLException {
        long started = System.nanoTime();
        try (InputStream sql = SearchBench.class.getResourceAsStream("/search/seed.sql");
             Statement statement = db.createStatement()) {
            statement.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
        }
        System.out.printf("seeded 1M channel messages, 1M DMs, 1M posts (+ GIN indexes, ANALYZE) in %d s%n",
                (System.nanoTime() - started) / 1_000_000_000L);
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('channel_message')),"
                     + " pg_size_pretty(pg_relation_size('channel_message_document'))")) {
            rs.next();
            System.out.printf("channel_message: %s in all, its GIN index %s%n", rs.getString(1), rs.getString(2));
        }
    }

    /** The {@code rank}-th most common pseudo-word of the seed (a mid-frequency term). */
    private static String word(Connection db, int rank) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT word FROM ts_stat('SELECT document FROM post') "
                     + "ORDER BY ndoc DESC OFFSET " + rank + " LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Fixed arrival rate: a request every 1/RATE s whatever the previous ones do (open model). */
    private static void run(HttpClient http, String token, String name, String path, int seconds, boolean report)
            throws InterruptedException {
        LatencyHistogram latencies = new LatencyHistogram();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong items = new AtomicLong();
        // Java 17 (the project's release): a cached pool; requests never queue behind each other
        ExecutorService workers = Executors.newCachedThreadPool();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / RATE;
        for (int i = 0; i < seconds * RATE; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            workers.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    // from the scheduled time: a late start counts (no coordinated omission)
                    latencies.recordNanos(System.nanoTime() - due);
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    } else {
                        items.addAndGet(response.body().split("\"type\":").length - 1);
                    }
                } catch (IOException | InterruptedException e) {
                    errors.incrementAndGet();
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
        if (report) {
            System.out.printf("%-45s %d/s: %s, errors %d, items/page %.1f%n", name, RATE, latencies.summary(),
                    errors.get(), items.get() / (double) Math.max(1, latencies.count()));
        }
    }

    /** The plans of the main searches: the SQL search-service's ContentSearch builds, for user 1. */
    private static void plans(Connection db) throws SQLException {
        String channels;
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT '{' || string_agg(id::text, ',') || '}' FROM server_channel"
                     + " WHERE server_id <= 20 AND id <> 1000")) {
            rs.next();
            channels = rs.getString(1);
        }
        String headline = "ts_headline('xcord_text'::regconfig, page.content, websearch_to_tsquery('xcord_text'::regconfig, ?),"
                + " 'StartSel=<, StopSel=>, MaxWords=20, MinWords=5, ShortWord=2, MaxFragments=2')";
        String messages = "SELECT m.id, m.server_id, m.channel_id, m.author_id, u.username, u.display_name, m.content,"
                + " m.created_at, m.edited_at, m.document FROM channel_message m"
                + " LEFT JOIN indexed_user u ON u.id = m.author_id WHERE m.channel_id = ANY(CAST(? AS bigint[]))"
                + " AND m.document @@ websearch_to_tsquery('xcord_text'::regconfig, ?) ORDER BY m.id DESC";
        String outer = "SELECT page.id, page.server_id, page.channel_id, page.author_id, page.username,"
                + " page.display_name, page.content, page.created_at, page.edited_at, page.score, " + headline
                + " AS headline FROM (";
        explain(db, "ranked single-term (sort=relevance, type=message, q=kitap)",
                outer + "SELECT candidate.*, ts_rank(candidate.document, websearch_to_tsquery('xcord_text'::regconfig, ?))"
                        + " AS score FROM (" + messages + " LIMIT 1000) candidate ORDER BY score DESC, candidate.id DESC"
                        + " LIMIT 51) page ORDER BY page.score DESC, page.id DESC",
                "kitap", "kitap", channels, "kitap");
        explain(db, "recent single-term (type=message, q=istanbul)",
                outer + "SELECT latest.*, ts_rank(latest.document, websearch_to_tsquery('xcord_text'::regconfig, ?))"
                        + " AS score FROM (" + messages + " LIMIT 51) latest) page ORDER BY page.id DESC",
                "istanbul", "istanbul", channels, "istanbul");
        explain(db, "posts (visibility and blocks, q=kahve)", """
                SELECT p.id, p.content, ts_rank(p.document, websearch_to_tsquery('xcord_text'::regconfig, ?)) AS score
                  FROM post p LEFT JOIN indexed_user u ON u.id = p.author_id
                 WHERE (p.author_id = 1 OR (p.visibility = 'public'
                        OR (p.visibility = 'friends' AND EXISTS (SELECT 1 FROM user_edge f WHERE f.user_id = 1
                             AND f.target_id = p.author_id AND f.kind = 'friend' AND f.active))
                        OR (p.visibility = 'server' AND EXISTS (SELECT 1 FROM server_member sm
                             WHERE sm.server_id = p.server_id AND sm.user_id = 1)))
                       AND NOT EXISTS (SELECT 1 FROM user_edge b WHERE b.kind = 'block' AND b.active
                             AND ((b.user_id = 1 AND b.target_id = p.author_id) OR (b.user_id = p.author_id AND b.target_id = 1))))
                   AND p.document @@ websearch_to_tsquery('xcord_text'::regconfig, ?)
                 ORDER BY p.id DESC LIMIT 51""", "kahve", "kahve");
        explain(db, "DMs (participant join, q=merhaba)", """
                SELECT m.id, m.content FROM dm_message m
                  JOIN dm_participant p ON p.conversation_id = m.conversation_id AND p.user_id = 1
                 WHERE m.document @@ websearch_to_tsquery('xcord_text'::regconfig, ?) ORDER BY m.id DESC LIMIT 51""",
                "merhaba");
    }

    private static void explain(Connection db, String name, String sql, String... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i]);
            }
            System.out.println("\n-- plan: " + name);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    System.out.println(rs.getString(1));
                }
            }
        }
    }

    /** message.created at LAG_RATE/s; each timed from its send to its row in channel_message. */
    private static void indexLag(Connection db) throws Exception {
        EventCodec codec = new EventCodec();
        Map<Long, Long> pending = new ConcurrentHashMap<>();
        LatencyHistogram lag = new LatencyHistogram();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            Thread poller = new Thread(() -> poll(db, pending, lag), "index-lag-poller");
            poller.setDaemon(true);
            poller.start();
            long start = System.nanoTime();
            long interval = 1_000_000_000L / LAG_RATE;
            long base = (Instant.now().toEpochMilli() - 1735689600000L) << 22;
            int total = LAG_SECONDS * LAG_RATE;
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long id = base + (1L << 22) * i / 10 + 4000 + i % 64;
                MessageCreated message = new MessageCreated("1", "1001", Long.toString(id), "2",
                        "lag probe " + i + " merhaba dünya", List.of(), List.of(), false, List.of(), null, Instant.now());
                pending.put(id, System.nanoTime());
                producer.send(new ProducerRecord<>("xcord.server.events", "1", codec.encode(EventEnvelope.of(
                        UUID.randomUUID().toString(), ServerEvents.MESSAGE_CREATED, "loadtest", Instant.now(), "1",
                        message))));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            poller.interrupt();
            System.out.printf("%nindex lag (send → row in the index) at %d messages/s for %d s: %s, never indexed %d%n",
                    LAG_RATE, LAG_SECONDS, lag.summary(), pending.size());
        }
    }

    private static void poll(Connection db, Map<Long, Long> pending, LatencyHistogram lag) {
        try (PreparedStatement found = db.prepareStatement(
                "SELECT id FROM channel_message WHERE id = ANY(CAST(? AS bigint[]))")) {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Long> ids = Set.copyOf(pending.keySet());
                if (!ids.isEmpty()) {
                    found.setString(1, ids.stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(",", "{", "}")));
                    try (ResultSet rs = found.executeQuery()) {
                        long now = System.nanoTime();
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            Long sent = pending.remove(id);
                            if (sent != null) {
                                lag.recordNanos(now - sent);
                            }
                        }
                    }
                }
                TimeUnit.MILLISECONDS.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private SearchBench() {
    }
}
