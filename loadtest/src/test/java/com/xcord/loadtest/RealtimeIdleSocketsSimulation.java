package com.xcord.loadtest;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

import com.sun.net.httpserver.HttpServer;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Idle identified sockets on one realtime-service instance (issue 6, DESIGN §9: ≥ 20,000 sockets, ≤ 30 KB
 * each). Each virtual user opens {@code /ws}, waits for HELLO, IDENTIFYs, waits for READY, then holds the
 * socket for {@code holdSeconds}, heartbeating as a client does.
 *
 * <p>Self-contained: it mints RS256 access tokens with its own key and serves that key's JWKS on
 * {@code jwksPort}, so start realtime-service with
 * {@code XCORD_SECURITY_JWKS_URI=http://localhost:18099/jwks} (and its Kafka and Redis). Memory is measured
 * on the server with jcmd while the sockets are held: {@code realtime-service/bench/idle-sockets.sh} does all
 * of it. Directly:
 * <pre>
 * ./mvnw -Ploadtest -pl loadtest gatling:test -Dgatling.simulationClass=com.xcord.loadtest.RealtimeIdleSocketsSimulation \
 *     -DwsBaseUrl=ws://localhost:8085 -Dsockets=5000 -DrampSeconds=50 -DholdSeconds=90
 * </pre>
 */
public class RealtimeIdleSocketsSimulation extends Simulation {

    private final String wsBaseUrl = System.getProperty("wsBaseUrl", "ws://localhost:8085");
    private final int sockets = Integer.getInteger("sockets", 5000);
    private final Duration ramp = Duration.ofSeconds(Long.getLong("rampSeconds", 50));
    private final Duration hold = Duration.ofSeconds(Long.getLong("holdSeconds", 90));
    private final Duration heartbeat = Duration.ofMillis(Long.getLong("heartbeatMillis", 41_250));
    private final int jwksPort = Integer.getInteger("jwksPort", 18099);
    /** A browser's Origin from realtime's allowlist (default: the dev frontend). */
    private final String origin = System.getProperty("origin", "http://localhost:3000");

    private static final KeyPair KEY = generate();
    private static final String KID = "loadtest-" + UUID.randomUUID();
    private static final AtomicLong USER_IDS = new AtomicLong(System.currentTimeMillis() << 8);

    private final Iterator<Map<String, Object>> tokens = Stream.generate(() -> {
        long userId = USER_IDS.incrementAndGet();
        return Map.<String, Object>of("userId", userId, "token", token(userId));
    }).iterator();

    private final HttpProtocolBuilder protocol = http.wsBaseUrl(wsBaseUrl).shareConnections();

    {
        serveJwks(jwksPort);
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

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An access token as auth-service mints it: RS256, typ at+jwt, kid, iss/aud/sub/sid/exp. */
    static String token(long userId) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"" + KID + "\"}";
        String claims = "{\"iss\":\"https://xcord.local\",\"aud\":\"xcord\",\"sub\":\"" + userId + "\",\"sid\":\"" + userId
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(KEY.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return b64(bytes);
    }

    private static void serveJwks(int port) {
        RSAPublicKey key = (RSAPublicKey) KEY.getPublic();
        byte[] body = ("{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KID + "\",\"n\":\""
                + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the JWKS on port " + port, e);
        }
    }
}
