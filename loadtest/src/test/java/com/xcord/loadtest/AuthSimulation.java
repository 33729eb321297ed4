package com.xcord.loadtest;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * {@code GET /api/v1/me} and then {@code POST /api/v1/auth/login} at fixed arrival rates
 * (open model: a slow server does not slow the arrivals down).
 *
 * <pre>
 * ./mvnw -Ploadtest -pl loadtest gatling:test -Dgatling.simulationClass=com.xcord.loadtest.AuthSimulation \
 *     -DbaseUrl=http://localhost:8081 -DmeRate=200 -DloginRate=10 -Dseconds=60
 * </pre>
 *
 * Login is rate-limited per IP and per account; run auth-service with raised limits for this
 * benchmark (see the README's "Load tests").
 */
public class AuthSimulation extends Simulation {

    private final String baseUrl = System.getProperty("baseUrl", "http://localhost:8081");
    private final double meRate = Double.parseDouble(System.getProperty("meRate", "200"));
    private final double loginRate = Double.parseDouble(System.getProperty("loginRate", "10"));
    private final Duration phase = Duration.ofSeconds(Long.getLong("seconds", 60));
    private final List<Map<String, Object>> accounts =
            TestAccounts.register(baseUrl, Integer.getInteger("accounts", 50));

    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder me = scenario("GET /me")
            .feed(listFeeder(accounts).circular())
            .exec(http("GET /me").get("/api/v1/me")
                    .header("Authorization", "Bearer #{accessToken}")
                    .check(status().is(200)));

    private final ScenarioBuilder login = scenario("POST /auth/login")
            .feed(listFeeder(accounts).circular())
            .exec(http("POST /auth/login").post("/api/v1/auth/login")
                    .body(StringBody("{\"login\":\"#{username}\",\"password\":\"#{password}\"}"))
                    .check(status().is(200)));

    {
        setUp(me.injectOpen(constantUsersPerSec(meRate).during(phase))
                .andThen(login.injectOpen(constantUsersPerSec(loginRate).during(phase))))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(0.1));
    }
}
