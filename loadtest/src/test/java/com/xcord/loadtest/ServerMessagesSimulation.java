package com.xcord.loadtest;

import io.gatling.javaapi.core.ChainBuilder;
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
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Channel history and sending against server-service with a channel of 1,000,000 messages
 * (issue 4; budgets: history page p99 ≤ 20 ms, send p99 ≤ 50 ms at 500 msg/s). Open model,
 * fixed arrival rates, in three phases after a warm-up:
 * <ol>
 *   <li>{@code history first page} and {@code history deep page} (900,000 messages back), each at
 *       {@code readRate} per second, concurrently;</li>
 *   <li>{@code send message} (with a nonce, as clients send) at {@code sendRate} per second.</li>
 * </ol>
 * Start the seeded service first ({@code server-service/bench/run-server.sh}, which writes the ids and
 * tokens this reads from {@code benchDir}), then:
 * <pre>
 * ./mvnw -Ploadtest -pl loadtest gatling:test -Dgatling.simulationClass=com.xcord.loadtest.ServerMessagesSimulation \
 *     -DbaseUrl=http://localhost:8084 -DreadRate=200 -DsendRate=500 -Dseconds=60
 * </pre>
 */
public class ServerMessagesSimulation extends Simulation {

    private final String baseUrl = System.getProperty("baseUrl", "http://localhost:8084");
    private final Path benchDir = benchDir();
    private final double readRate = Double.parseDouble(System.getProperty("readRate", "200"));
    private final double sendRate = Double.parseDouble(System.getProperty("sendRate", "500"));
    private final Duration phase = Duration.ofSeconds(Long.getLong("seconds", 60));
    private final Duration warmup = Duration.ofSeconds(Long.getLong("warmupSeconds", 20));

    private final Properties bench = load(benchDir.resolve("bench.properties"));
    private final String messages = "/api/v1/servers/" + bench.getProperty("serverId") + "/channels/"
            + bench.getProperty("channelId") + "/messages";
    private final List<Map<String, Object>> users = tokens(benchDir.resolve("tokens.csv"));

    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl).acceptHeader("application/json")
            .contentTypeHeader("application/json").shareConnections();

    private static final Iterator<Map<String, Object>> NONCES =
            Stream.generate(() -> Map.<String, Object>of("nonce", UUID.randomUUID().toString())).iterator();

    private ChainBuilder firstPage(String name) {
        return exec(http(name).get(messages + "?limit=50").header("Authorization", "Bearer #{accessToken}")
                .check(status().is(200)));
    }

    private ChainBuilder deepPage(String name) {
        return exec(http(name).get(messages + "?limit=50&before=" + bench.getProperty("deepCursor"))
                .header("Authorization", "Bearer #{accessToken}").check(status().is(200)));
    }

    private ChainBuilder send(String name) {
        return exec(http(name).post(messages).header("Authorization", "Bearer #{accessToken}")
                .body(StringBody("{\"content\":\"load test message from #{userId}\",\"nonce\":\"#{nonce}\"}"))
                .check(status().is(201)));
    }

    {
        setUp(
                scenario("warm-up").feed(listFeeder(users).circular()).feed(NONCES)
                        .exec(firstPage("warm-up first page"), deepPage("warm-up deep page"), send("warm-up send"))
                        .injectOpen(constantUsersPerSec(Math.max(1, readRate / 4)).during(warmup))
                        .andThen(
                                scenario("first page").feed(listFeeder(users).circular())
                                        .exec(firstPage("history first page"))
                                        .injectOpen(constantUsersPerSec(readRate).during(phase)),
                                scenario("deep page").feed(listFeeder(users).circular())
                                        .exec(deepPage("history deep page"))
                                        .injectOpen(constantUsersPerSec(readRate).during(phase)))
                        .andThen(scenario("send").feed(listFeeder(users).circular()).feed(NONCES)
                                .exec(send("send message"))
                                .injectOpen(constantUsersPerSec(sendRate).during(phase))))
                .protocols(protocol);
    }

    /** {@code -DbenchDir}, else server-service's target/bench seen from the root or from loadtest/. */
    private static Path benchDir() {
        String given = System.getProperty("benchDir");
        if (given != null) {
            return Path.of(given);
        }
        Path fromRoot = Path.of("server-service/target/bench");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("../server-service/target/bench");
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("start server-service/bench/run-server.sh first: " + file, e);
        }
        return properties;
    }

    private static List<Map<String, Object>> tokens(Path file) {
        try {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] parts = line.split(",", 2);
                rows.add(Map.of("userId", parts[0], "accessToken", parts[1]));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("start server-service/bench/run-server.sh first: " + file, e);
        }
    }
}
