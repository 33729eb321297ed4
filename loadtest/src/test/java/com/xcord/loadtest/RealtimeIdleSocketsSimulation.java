package com.xcord.loadtest;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

import com.xcord.loadtest.realtime.LocalTokenIssuer;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Idle identified sockets on one realtime-service instance (issue 6, DESIGN §9: ≥ 20,000 sockets, ≤ 30 KB
 * each). Each virtual user opens {@code /ws}, waits for HELLO, IDENTIFYs, waits for READY, then holds the
 * socket for {@code holdSeconds}, heartbeating as a client does.
 *
 * <p>Self-contained: {@link LocalTokenIssuer} mints the access tokens and serves their JWKS on {@code jwksPort},
 * so start realtime-service with {@code XCORD_SECURITY_JWKS_URI=http://localhost:18099/jwks} (and its Kafka and
 * Redis). Memory is measured on the server with jcmd while the sockets are held:
 * {@code realtime-service/bench/idle-sockets.sh} does all of it. Directly:
 * <pre>
 * ./mvnw -Ploadtest -pl loadtest test-compile gatling:test -Dgatling.simulationClass=com.xcord.loadtest.RealtimeIdleSocketsSimulation \
 *     -DwsBaseUrl=ws://localhost:8085 -Dsockets=5000 -DrampSeconds=50 -DholdSeconds=90
 * </pre>
 */
public class RealtimeIdleSocketsSimulation extends Simulation {

    private final String wsBaseUrl = System.getProperty("wsBaseUrl", "ws://localhost:8085");
    private final int sockets = Integer.getInteger("sockets", 5000);
    private final Duration ramp = Duration.ofSeconds(Long.getLong("rampSeconds", 50));
    private final Duration hold = Duration.ofSeconds(Long.getLong("holdSeconds", 90));
    private final Duration heartbeat = Duration.ofMillis(Long.getLong("heartbeatMillis", 41_250));
    /** A browser's Origin from realtime's allowlist (default: the dev frontend). */
    private final String origin = System.getProperty("origin", "http://localhost:3000");

    private final LocalTokenIssuer issuer = LocalTokenIssuer.serve(Integer.getInteger("jwksPort", LocalTokenIssuer.DEFAULT_PORT));
    private final AtomicLong userIds = new AtomicLong(System.currentTimeMillis() << 8);

    private final Iterator<Map<String, Object>> tokens = Stream.generate(() -> {
        String userId = Long.toString(userIds.incrementAndGet());
        return Map.<String, Object>of("userId", userId, "token", issuer.token(userId));
    }).iterator();

    private final HttpProtocolBuilder protocol = http.wsBaseUrl(wsBaseUrl).shareConnections();

    {
        setUp(scenario("idle socket").feed(tokens)
                .exec(ws("connect").connect("/ws").header("Origin", origin)
                        .await(10).on(ws.checkTextMessage("HELLO").check(substring("\"op\":\"HELLO\""))))
                .exec(ws("identify").sendText("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"#{token}\"}}")
                        .await(15).on(ws.checkTextMessage("READY").check(substring("\"t\":\"READY\""))))
                .exec(during(hold).on(pause(heartbeat.multipliedBy(9).dividedBy(10))
                        .exec(ws("heartbeat").sendText("{\"op\":\"HEARTBEAT\",\"d\":1}"))))
                .exec(ws("close").close())
                .injectOpen(rampUsers(sockets).during(ramp)))
                .protocols(protocol);
    }

    @Override
    public void after() {
        issuer.close();
    }
}
