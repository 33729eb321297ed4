package com.xcord.loadtest;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Home timelines and posting against feed-service with 1,000,000 posts (issue 7; budgets:
 * timeline first page p99 ≤ 20 ms, post p99 ≤ 50 ms). Open model, fixed arrival rates, after a
 * warm-up of every request:
 * <ol>
 *   <li>{@code feed <filter> first page} and {@code feed <filter> deep page} (800,000 posts back)
 *       for {@code all}, {@code friends} and {@code servers}, each at {@code readRate} per second,
 *       all six concurrently, by 20 viewers who each follow 500 of the 10,000 users and are in
 *       5 of the 100 servers;</li>
 *   <li>{@code POST /posts} (with an {@code Idempotency-Key}, as clients send) at {@code postRate}
 *       per second.</li>
 * </ol>
 * Start the seeded service first ({@code feed-service/bench/run-server.sh}, which writes the
 * viewer tokens this reads from {@code benchDir}; they live 15 minutes and the server rewrites
 * them every 5), then:
 * <pre>
 * ./mvnw -Ploadtest -pl loadtest gatling:test -Dgatling.simulationClass=com.xcord.loadtest.FeedTimelineSimulation \
 *     -DbaseUrl=http://localhost:8182 -DreadRate=30 -DpostRate=100 -Dseconds=60
 * </pre>
 */
public class FeedTimelineSimulation extends Simulation {

    private final String baseUrl = System.getProperty("baseUrl", "http://localhost:8182");
    private final Path benchDir = benchDir();
    private final double readRate = Double.parseDouble(System.getProperty("readRate", "30"));
    private final double postRate = Double.parseDouble(System.getProperty("postRate", "100"));
    private final Duration phase = Duration.ofSeconds(Long.getLong("seconds", 60));
    private final Duration warmup = Duration.ofSeconds(Long.getLong("warmupSeconds", 20));

    private final Properties bench = load(benchDir.resolve("bench.properties"));
    private final List<Map<String, Object>> viewers = tokens(benchDir.resolve("tokens.csv"));

    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl).acceptHeader("application/json")
            .contentTypeHeader("application/json").shareConnections();

    private static final Iterator<Map<String, Object>> KEYS =
            Stream.generate(() -> Map.<String, Object>of("idempotencyKey", UUID.randomUUID().toString())).iterator();

    private static final List<String> FILTERS = List.of("all", "friends", "servers");

    private ChainBuilder page(String name, String filter, boolean deep) {
        String query = "/api/v1/feed?filter=" + filter + "&limit=50"
                + (deep ? "&before=" + bench.getProperty("deepCursor") : "");
        return exec(http(name).get(query).header("Authorization", "Bearer #{accessToken}").check(status().is(200)));
    }

    private ChainBuilder post(String name) {
        return exec(http(name).post("/api/v1/posts").header("Authorization", "Bearer #{accessToken}")
                .header("Idempotency-Key", "#{idempotencyKey}")
                .body(StringBody("{\"content\":\"load test post by #{userId} #loadtest\"}"))
                .check(status().is(201)));
    }

    {
        List<ChainBuilder> warmups = new ArrayList<>();
        List<PopulationBuilder> reads = new ArrayList<>();
        for (String filter : FILTERS) {
            for (boolean deep : List.of(false, true)) {
                String name = "feed " + filter + (deep ? " deep page" : " first page");
                warmups.add(page("warm-up " + name, filter, deep));
                reads.add(scenario(name).feed(listFeeder(viewers).circular()).exec(page(name, filter, deep))
                        .injectOpen(constantUsersPerSec(readRate).during(phase)));
            }
        }
        warmups.add(post("warm-up post"));
        setUp(
                scenario("warm-up").feed(listFeeder(viewers).circular()).feed(KEYS).exec(warmups)
                        .injectOpen(constantUsersPerSec(Math.max(1, readRate / 3)).during(warmup))
                        .andThen(reads)
                        .andThen(scenario("post").feed(listFeeder(viewers).circular()).feed(KEYS)
                                .exec(post("POST /posts"))
                                .injectOpen(constantUsersPerSec(postRate).during(phase))))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(0.1));
    }

    /** {@code -DbenchDir}, else feed-service's target/bench seen from the root or from loadtest/. */
    private static Path benchDir() {
        String given = System.getProperty("benchDir");
        if (given != null) {
            return Path.of(given);
        }
        Path fromRoot = Path.of("feed-service/target/bench");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("../feed-service/target/bench");
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("start feed-service/bench/run-server.sh first: " + file, e);
        }
        return properties;
    }

    private static List<Map<String, Object>> tokens(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(",", 2);
                rows.add(Map.of("userId", parts[0], "accessToken", parts[1]));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("start feed-service/bench/run-server.sh first: " + file, e);
        }
    }
}
