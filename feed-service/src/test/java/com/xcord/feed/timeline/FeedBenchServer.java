package com.xcord.feed.timeline;

import com.xcord.feed.FeedServiceApplication;
import com.xcord.servicekit.test.TestTokens;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs feed-service for the timeline benchmark: the testkit's embedded PostgreSQL, Kafka and
 * Redis, TestTokens' JWKS, seeded with {@code bench/seed-feed-1m.sql} (see {@link BenchData}).
 * Writes, under {@code target/bench/}: {@code bench.properties} (viewer ids, deep cursor),
 * {@code tokens.csv} (an access token per seeded viewer, rewritten every 5 minutes since each
 * lives 15) and {@code explain.txt} (EXPLAIN (ANALYZE, BUFFERS) of every timeline query); then
 * serves on port 8182 ({@code -Dport}) until killed. Not a test: started by
 * {@code feed-service/bench/run-server.sh}, loaded by {@code FeedTimelineSimulation}.
 */
public final class FeedBenchServer {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("benchDir", "target/bench")).toAbsolutePath();
        Files.createDirectories(out);
        // as arguments, not default properties: application.yml's server.port would win over those
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + System.getProperty("port", "8182"),
                "--logging.level.root=WARN", "--logging.level.com.xcord=INFO"));
        arguments.addAll(List.of(args));
        ConfigurableApplicationContext context = new SpringApplication(FeedServiceApplication.class)
                .run(arguments.toArray(String[]::new));
        JdbcClient db = context.getBean(JdbcClient.class);

        System.out.printf("seeded 10,000 users and 1,000,000 posts in %.1f s%n", BenchData.seed(db));
        Files.writeString(out.resolve("explain.txt"), BenchData.explainAll(db));
        Files.writeString(out.resolve("bench.properties"), "viewer=" + BenchData.VIEWER + "\nviewers="
                + BenchData.VIEWERS + "\nsparseViewer=" + BenchData.SPARSE_VIEWER + "\ndeepCursor="
                + BenchData.DEEP_CURSOR + "\n");
        writeTokens(out.resolve("tokens.csv"));
        Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-tokens");
            t.setDaemon(true);
            return t;
        }).scheduleAtFixedRate(() -> writeTokens(out.resolve("tokens.csv")), 5, 5, TimeUnit.MINUTES);
        System.out.println("READY " + out);
        Thread.currentThread().join();
    }

    private static void writeTokens(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("userId,accessToken");
        for (int v = 0; v < BenchData.VIEWERS; v++) {
            lines.add((BenchData.VIEWER + v) + "," + TestTokens.accessToken(BenchData.VIEWER + v));
        }
        try {
            Path tmp = file.resolveSibling("tokens.csv.tmp");
            Files.write(tmp, lines);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FeedBenchServer() {
    }
}
