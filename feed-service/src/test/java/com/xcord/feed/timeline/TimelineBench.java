package com.xcord.feed.timeline;

import com.xcord.feed.support.Api;
import com.xcord.feed.support.FeedServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On-demand benchmark, NOT part of {@code verify} (the name does not end in Tests):
 * {@code ./mvnw -q -f feed-service/pom.xml test -Dtest=TimelineBench -Dsurefire.failIfNoSpecifiedTests=false}.
 * Seeds 10,000 users, 1,000,000 posts (10 % in 100 servers), a viewer following 500 users and
 * in 5 servers; prints EXPLAIN ANALYZE of each filter's first page and closed-loop (one client,
 * sequential) HTTP latencies p50/p99 for first and deep pages and for posting.
 */
@FeedServiceTest
class TimelineBench {

    private static final long VIEWER = 5_000_000_000L;
    private static final int RUNS = 200;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void timelines() {
        seed();
        Api api = new Api(port);
        for (FeedFilter filter : FeedFilter.values()) {
            String name = filter.name().toLowerCase();
            System.out.println("=== EXPLAIN ANALYZE " + name + " first page ===");
            db.sql("EXPLAIN (ANALYZE, BUFFERS) " + TimelineRepository.feedSql(filter))
                    .params(Map.of("viewer", VIEWER, "before", Long.MAX_VALUE, "limit", 51))
                    .query(String.class).list().forEach(System.out::println);
            report(name + " first page", () -> api.get("/api/v1/feed?filter=" + name).as(VIEWER).send());
            report(name + " deep page (before=200000)",
                    () -> api.get("/api/v1/feed?filter=" + name + "&before=200000").as(VIEWER).send());
        }
        report("POST /posts", () -> api.post("/api/v1/posts").as(VIEWER).json(Map.of("content", "bench #x")).send());
    }

    private void report(String what, java.util.function.Supplier<Api.Response> call) {
        for (int i = 0; i < 30; i++) {
            assertThat(call.get().status()).isBetween(200, 201); // warm-up
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            Api.Response r = call.get();
            micros.add((System.nanoTime() - t) / 1000);
            assertThat(r.status()).isBetween(200, 201);
        }
        Collections.sort(micros);
        System.out.printf("BENCH %-40s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms (n=%d)%n", what,
                micros.get(RUNS / 2) / 1000.0, micros.get(RUNS * 99 / 100) / 1000.0, micros.get(RUNS - 1) / 1000.0, RUNS);
    }

    private void seed() {
        long t = System.currentTimeMillis();
        db.sql("""
                INSERT INTO posts (id, author_id, owner_id, content, root_id, audience, server_id, created_at)
                SELECT g, 1 + (g % 10000), 1 + (g % 10000), 'post number ' || g, g,
                       CASE WHEN g % 10 = 0 THEN 'SERVER' ELSE 'PUBLIC' END,
                       CASE WHEN g % 10 = 0 THEN 1 + (g / 10) % 100 END, now()
                  FROM generate_series(1, 1000000) g
                """).update();
        db.sql("""
                INSERT INTO timeline_entries (id, actor_id, post_id, kind, server_id, is_reply)
                SELECT id, author_id, id, 'POST', server_id, FALSE FROM posts WHERE id <= 1000000
                """).update();
        db.sql("""
                INSERT INTO user_edges (user_id, target_id, kind, active, changed_at)
                SELECT :viewer, u, 'FOLLOW', TRUE, now() FROM generate_series(1, 10000, 20) u
                """).param("viewer", VIEWER).update();
        db.sql("""
                INSERT INTO server_members (user_id, server_id, active, changed_at)
                SELECT :viewer, s, TRUE, now() FROM generate_series(1, 5) s
                """).param("viewer", VIEWER).update();
        db.sql("ANALYZE").update();
        System.out.println("seeded in " + (System.currentTimeMillis() - t) + " ms");
    }
}
