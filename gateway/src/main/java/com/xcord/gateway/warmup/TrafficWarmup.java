package com.xcord.gateway.warmup;

import com.xcord.gateway.hygiene.RequestIds;
import com.xcord.reactiveauth.JwksCache;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Sends requests through the gateway's own port before it reports ready, so that class loading, the
 * interpreter's first thousands of calls, the connection pool to auth-service and its resolver are paid
 * for here rather than by the first clients (a freshly started gateway otherwise answered its first
 * seconds of traffic in up to seconds). Two kinds, alternately:
 * <ul>
 *   <li>{@code GET /api/v1/auth/jwks}: public, routed to auth-service — the whole proxy path with rate
 *       limit, circuit breaker and retry. Harmless to repeat; its few tokens from the 127.0.0.1 bucket
 *       refill within seconds, and the circuit breaker forgets these calls afterwards
 *       ({@code CircuitBreakerWarmup}).</li>
 *   <li>{@code GET /api/v1/me} with a token under a published kid and a random signature: parsing and the
 *       RSA check, refused (401) before routing — nothing downstream sees it, and it is never cached.</li>
 * </ul>
 */
@Component
@Order(WarmupOrder.TRAFFIC)
class TrafficWarmup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrafficWarmup.class);
    /** The event loops (Reactor Netty's default is 4 on a small machine) each get connections. */
    private static final int CONCURRENCY = 4;
    private static final String PROXIED = "/api/v1/auth/jwks";
    private static final String REFUSED = "/api/v1/me";

    private final WarmupProperties properties;
    private final JwksCache jwks;
    private final Environment environment;
    private volatile Map<String, Integer> outcomes = Map.of();

    TrafficWarmup(WarmupProperties properties, JwksCache jwks, Environment environment) {
        this.properties = properties;
        this.jwks = jwks;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (!properties.enabled() || properties.requests() <= 0 || port == null) {
            return;
        }
        long started = System.nanoTime();
        String bearer = "Bearer " + tokenWithForgedSignature();
        ConnectionProvider connections = ConnectionProvider.create("gateway-warmup", CONCURRENCY);
        HttpClient client = HttpClient.create(connections).baseUrl("http://127.0.0.1:" + port);
        Map<String, Integer> counted = new TreeMap<>();
        try {
            Flux.range(0, properties.requests())
                    .flatMap(i -> i % 2 == 0 ? send(client, PROXIED, null, i) : send(client, REFUSED, bearer, i), CONCURRENCY)
                    .doOnNext(outcome -> counted.merge(outcome, 1, Integer::sum))
                    .then()
                    .block(properties.timeout());
            log.info("warm-up: {} requests through the gateway in {} ms ({})", properties.requests(),
                    (System.nanoTime() - started) / 1_000_000, counted);
        } catch (RuntimeException e) {
            log.warn("warm-up requests did not finish ({}); starting anyway, so far {}", e.getMessage(), counted);
        } finally {
            connections.dispose();
            outcomes = Map.copyOf(counted);
        }
    }

    /** How the warm-up requests were answered: "path status" → count. */
    Map<String, Integer> outcomes() {
        return outcomes;
    }

    private static Mono<String> send(HttpClient client, String path, String authorization, int number) {
        return client.headers(headers -> {
                    // the access log shows these as request_id=warmup-N
                    headers.set(RequestIds.HEADER, "warmup-" + number);
                    if (authorization != null) {
                        headers.set("Authorization", authorization);
                    }
                })
                .get().uri(path)
                .responseSingle((response, body) -> body.then(Mono.just(path + " " + response.status().code())))
                .onErrorResume(e -> Mono.just(path + " " + e.getClass().getSimpleName()));
    }

    /** Well-formed, naming a key the gateway holds, with 256 random bytes as its "signature". */
    private String tokenWithForgedSignature() {
        String kid = jwks.keyIds().stream().findFirst().orElse("warmup");
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"" + kid + "\"}";
        String claims = "{\"sub\":\"0\",\"exp\":" + (System.currentTimeMillis() / 1000 + 60) + "}";
        byte[] signature = new byte[256];
        ThreadLocalRandom.current().nextBytes(signature);
        return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(signature);
    }
}
