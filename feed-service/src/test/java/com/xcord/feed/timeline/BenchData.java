package com.xcord.feed.timeline;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The timeline benchmark's data and query plans, shared by {@link TimelineBench} (in-process,
 * open model) and {@link FeedBenchServer} (a seeded service for {@code FeedTimelineSimulation}).
 * The data is {@code bench/seed-feed-1m.sql}: 10,000 users, 1,000,000 posts, 20 viewers each
 * following 500 users and in 5 servers, and one "sparse" viewer following 3.
 */
final class BenchData {

    /** The first of the 20 dense viewers (5,000,000,000 … 5,000,000,019). */
    static final long VIEWER = 5_000_000_000L;
    static final int VIEWERS = 20;
    /** Follows 3 users, is in 1 server: the other plan of the "followed" side. */
    static final long SPARSE_VIEWER = 5_000_000_100L;
    /** Post ids run 2 … 2,000,000: 800,000 posts are newer than this cursor (page ~16,000). */
    static final long DEEP_CURSOR = 400_000L;
    static final int PAGE = 50;

    private BenchData() {
    }

    /** Runs the seed script (statements end with ';' at the end of a line); returns the seconds it took. */
    static double seed(JdbcClient db) {
        long started = System.nanoTime();
        String sql;
        try {
            sql = new ClassPathResource("bench/seed-feed-1m.sql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder statement = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (line.startsWith("--")) {
                continue;
            }
            statement.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                db.sql(statement.toString()).update();
                statement.setLength(0);
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of every filter's first and deep page, for the dense and the sparse viewer. */
    static String explainAll(JdbcClient db) {
        StringBuilder text = new StringBuilder();
        for (long viewer : List.of(VIEWER, SPARSE_VIEWER)) {
            for (FeedFilter filter : FeedFilter.values()) {
                for (long before : List.of(Long.MAX_VALUE, DEEP_CURSOR)) {
                    String title = "filter=" + filter.name().toLowerCase() + ", "
                            + (before == Long.MAX_VALUE ? "first page" : "deep page (before=" + before + ")")
                            + ", viewer " + viewer + (viewer == SPARSE_VIEWER ? " (sparse: follows 3)" : "");
                    text.append("### ").append(title).append("\n\n");
                    explain(db, filter, viewer, before); // warm the cache once
                    explain(db, filter, viewer, before).forEach(line -> text.append("    ").append(line).append('\n'));
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    static List<String> explain(JdbcClient db, FeedFilter filter, long viewer, long before) {
        return db.sql("EXPLAIN (ANALYZE, BUFFERS) " + TimelineRepository.feedSql(filter))
                .params(Map.of("viewer", viewer, "before", before, "limit", PAGE + 1))
                .query(String.class).list();
    }
}
