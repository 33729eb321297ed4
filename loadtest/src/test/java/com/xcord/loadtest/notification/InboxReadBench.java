package com.xcord.loadtest.notification;

import com.xcord.loadtest.notification.NotificationApi.Account;
import com.xcord.loadtest.realtime.LatencyHistogram;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The inbox's reads with 1M notification rows (DESIGN §9: list and unread count p99 ≤ 20 ms). Seeds the rows
 * straight into notification-service's schema (one {@code INSERT … SELECT generate_series}: the point is the read
 * path over a big table, not the write path, which LikeNotificationBench measures): {@code users} real accounts
 * get {@code perUser} rows each (a third unread, likes grouped by post), the rest go to synthetic recipients. Then
 * {@code GET /notifications}, {@code ?grouped=true} and {@code /unread-count} through the gateway at a fixed rate.
 * <pre>
 * ./mvnw -q -Ploadtest -pl loadtest test-compile exec:java -Dexec.mainClass=com.xcord.loadtest.notification.InboxReadBench \
 *     -Drows=1000000 -Drate=50 -Dseconds=60
 * </pre>
 * Further properties: {@code users} (50), {@code perUser} (1000), {@code jdbcUrl}
 * (jdbc:postgresql://localhost:15432/xcord, the launcher's embedded PostgreSQL), {@code jdbcUser}/{@code jdbcPassword}
 * (postgres/postgres), {@code baseUrl}.
 */
public final class InboxReadBench {

    public static void main(String[] args) throws Exception {
        long rows = Long.getLong("rows", 1_000_000L);
        int users = Integer.getInteger("users", 50);
        int perUser = Integer.getInteger("perUser", 1000);
        double rate = Double.parseDouble(System.getProperty("rate", "50"));
        int seconds = Integer.getInteger("seconds", 60);
        NotificationApi api = new NotificationApi(System.getProperty("baseUrl", "http://localhost:8080"));
        String run = UUID.randomUUID().toString().substring(0, 8);

        List<Account> readers = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            readers.add(api.register("ir_" + run + "_" + i));
        }
        long seeding = System.nanoTime();
        try (Connection db = DriverManager.getConnection(System.getProperty("jdbcUrl",
                "jdbc:postgresql://localhost:15432/xcord"), System.getProperty("jdbcUser", "postgres"),
                System.getProperty("jdbcPassword", "postgres"))) {
            long firstId = (System.currentTimeMillis() - Instant.parse("2025-01-01T00:00:00Z").toEpochMilli()) << 22;
            seed(db, readers, perUser, rows, firstId);
        }
        System.out.printf(Locale.ROOT, "seeded %d rows (%d readers × %d) in %.1f s%n", rows, users, perUser,
                (System.nanoTime() - seeding) / 1e9);

        LatencyHistogram list = new LatencyHistogram();
        LatencyHistogram grouped = new LatencyHistogram();
        LatencyHistogram unread = new LatencyHistogram();
        String[] paths = {"/api/v1/notifications?limit=50", "/api/v1/notifications?grouped=true&limit=50",
                "/api/v1/notifications/unread-count"};
        LatencyHistogram[] histograms = {list, grouped, unread};
        long interval = (long) (TimeUnit.SECONDS.toNanos(1) / rate);
        long start = System.nanoTime();
        for (long i = 0; System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds); i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            int kind = (int) (i % 3);
            Account reader = readers.get((int) (i / 3 % users));
            long sent = System.nanoTime();
            api.sendAsync(reader, "GET", paths[kind], null)
                    .thenAccept(status -> histograms[kind].recordNanos(System.nanoTime() - sent));
        }
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(2));
        System.out.println("GET /notifications:               " + list.summary());
        System.out.println("GET /notifications?grouped=true:  " + grouped.summary());
        System.out.println("GET /notifications/unread-count:  " + unread.summary());
    }

    private static void seed(Connection db, List<Account> readers, int perUser, long rows, long firstId)
            throws SQLException {
        long[] recipients = readers.stream().mapToLong(a -> Long.parseLong(a.userId())).toArray();
        // rows 0 .. readers*perUser-1 go to the readers, the rest to synthetic recipients of 100 rows each
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO notification.notification (id, recipient_id, type, actor_id, subject_type, subject_id,
                                                       excerpt, source_key, group_key, read, created_at)
                SELECT ? + n,
                       CASE WHEN n < ? THEN (?::bigint[])[1 + n / ?] ELSE 9000000000 + n / 100 END,
                       'like', 7000000000 + n, 'post', 8000000000 + n / 5, NULL,
                       'bench:' || (? + n), 'like:' || (8000000000 + n / 5), n % 3 = 0,
                       now() - make_interval(secs => n)
                  FROM generate_series(0, ? - 1) AS n
                ON CONFLICT DO NOTHING
                """)) {
            long readerRows = (long) readers.size() * perUser;
            insert.setLong(1, firstId);
            insert.setLong(2, readerRows);
            insert.setArray(3, db.createArrayOf("bigint", java.util.Arrays.stream(recipients).boxed().toArray()));
            insert.setLong(4, perUser);
            insert.setLong(5, firstId);
            insert.setLong(6, rows);
            insert.executeUpdate();
        }
        try (var analyze = db.createStatement()) {
            analyze.execute("ANALYZE notification.notification");
        }
    }

    private InboxReadBench() {
    }
}
