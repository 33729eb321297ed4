package com.xcord.loadtest;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The gateway's overhead (DESIGN §9): {@code GET /api/v1/me} through the gateway and directly against
 * auth-service in one run.
 *
 * <ol>
 *   <li><b>fixed rate</b>: both scenarios at the same open-model arrival rate, concurrently, so both see
 *       the same machine; compare p50/p99/p99.9 of {@code gateway GET /me} and {@code direct GET /me}
 *       (budget: p50 adds ≤ 1 ms, p99 ≤ 1.5× direct);</li>
 *   <li><b>saturation</b>: a closed loop of {@code concurrency} users as fast as answers come, first
 *       through the gateway, then directly; compare the requests per second of the two
 *       (budget: gateway ≥ 0.5× direct).</li>
 * </ol>
 *
 * <pre>
 * ./mvnw -Ploadtest -pl loadtest gatling:test -Dgatling.simulationClass=com.xcord.loadtest.GatewayOverheadSimulation \
 *     -DgatewayUrl=http://localhost:8080 -DdirectUrl=http://localhost:8081 -Drate=200 -Dseconds=60 \
 *     -Dconcurrency=32 -DsaturationSeconds=30
 * </pre>
 *
 * Accounts are registered directly at auth-service before the load starts; run auth-service with a raised
 * register limit and the gateway with a raised default rate limit (README, "Load tests"), or the
 * requests under test meet 429s.
 */
public class GatewayOverheadSimulation extends Simulation {

    private final String gatewayUrl = System.getProperty("gatewayUrl", "http://localhost:8080");
    private final String directUrl = System.getProperty("directUrl", "http://localhost:8081");
    private final double rate = Double.parseDouble(System.getProperty("rate", "200"));
    private final Duration phase = Duration.ofSeconds(Long.getLong("seconds", 60));
    private final int concurrency = Integer.getInteger("concurrency", 32);
    private final Duration saturation = Duration.ofSeconds(Long.getLong("saturationSeconds", 30));
    private final List<Map<String, Object>> accounts =
            TestAccounts.register(directUrl, Integer.getInteger("accounts", 200));

    private final HttpProtocolBuilder protocol = http
            .acceptHeader("application/json")
            .shareConnections();

    private ChainBuilder me(String name, String baseUrl) {
        return exec(http(name).get(baseUrl + "/api/v1/me")
                .header("Authorization", "Bearer #{accessToken}")
                .check(status().is(200)));
    }

    private ScenarioBuilder fixedRate(String name, String baseUrl) {
        return scenario(name + " fixed rate").feed(listFeeder(accounts).circular()).exec(me(name + " GET /me", baseUrl));
    }

    private ScenarioBuilder saturated(String name, String baseUrl) {
        return scenario(name + " saturation").feed(listFeeder(accounts).circular())
                .during(saturation).on(me(name + " saturated GET /me", baseUrl));
    }

    {
        // a short warm-up at the same rate, so the JIT has compiled both paths before the measured phase
        Duration warmup = Duration.ofSeconds(Long.getLong("warmupSeconds", 20));
        setUp(
                scenario("warm-up").feed(listFeeder(accounts).circular())
                        .exec(me("warm-up gateway", gatewayUrl), me("warm-up direct", directUrl))
                        .injectOpen(constantUsersPerSec(rate).during(warmup))
                        .andThen(
                                fixedRate("gateway", gatewayUrl).injectOpen(constantUsersPerSec(rate).during(phase)),
                                fixedRate("direct", directUrl).injectOpen(constantUsersPerSec(rate).during(phase)))
                        // then each path alone, {concurrency} users each looping as fast as the answers come
                        .andThen(saturated("gateway", gatewayUrl).injectOpen(atOnceUsers(concurrency)))
                        .andThen(saturated("direct", directUrl).injectOpen(atOnceUsers(concurrency))))
                .protocols(protocol)
                .assertions(details("gateway GET /me").failedRequests().percent().lt(0.1),
                        details("direct GET /me").failedRequests().percent().lt(0.1));
    }
}
