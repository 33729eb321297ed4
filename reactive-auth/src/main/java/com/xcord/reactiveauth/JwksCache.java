package com.xcord.reactiveauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.xcord.edge.SecurityProperties;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;

/**
 * auth-service's public keys, ready to verify with. Fetched without blocking (Reactor Netty), refreshed in
 * the background every {@code jwks-cache-ttl}; a token naming an unknown {@code kid} (a rotation) triggers
 * a refetch, but at most one per {@code jwks-refetch-interval}, and concurrent requests share it. When
 * auth-service cannot be reached the last good keys stay in use.
 *
 * <p>Lifecycle: {@link #start()} once (first fetch plus background refresh), {@link #close()} when done.
 */
public class JwksCache implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JwksCache.class);
    private static final int MAX_JWKS_BYTES = 64 * 1024;

    /**
     * The published keys by kid, replaced as a whole on every successful fetch. A key that is published
     * unchanged keeps its verifier instance across fetches: the verified-token cache compares verifiers by
     * identity to notice that the key behind a cached token was removed or replaced.
     */
    /** How soon a token with an unknown kid may trigger a fetch again after a failed one. */
    static final Duration FAILED_FETCH_RETRY = Duration.ofSeconds(1);

    private volatile Map<String, PublishedKey> keys = Map.of();
    private volatile long lastFetchStartedNanos;
    private volatile boolean fetchedOnce;
    /**
     * Whether the last fetch failed. A failed fetch holds back the next one for {@link #FAILED_FETCH_RETRY} only,
     * not the whole refetch interval: a service whose first fetch at start-up timed out (auth-service slow or
     * not up yet) would otherwise refuse every valid token for the whole interval while reporting healthy.
     */
    private volatile boolean lastFetchFailed;
    private final AtomicReference<Mono<Map<String, PublishedKey>>> inFlight = new AtomicReference<>();
    private final AtomicLong fetchFailures = new AtomicLong();
    private final SecurityProperties properties;
    private final HttpClient http;
    private volatile Disposable refresher;

    public JwksCache(SecurityProperties properties) {
        this.properties = properties;
        Objects.requireNonNull(properties.jwksUri(), "xcord.security.jwks-uri (auth-service's JWKS) is not set");
        int timeoutMillis = (int) properties.jwksFetchTimeout().toMillis();
        this.http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, timeoutMillis)
                .responseTimeout(properties.jwksFetchTimeout());
    }

    /** Fetches the keys now and then every {@code jwksCacheTtl}; a second call does nothing. */
    public synchronized void start() {
        if (refresher != null) {
            return;
        }
        // first fetch right away (auth-service may not be up yet: then the first token fetches again),
        // then every TTL; failures keep the last keys
        refresher = Flux.interval(Duration.ZERO, properties.jwksCacheTtl(), Schedulers.parallel())
                .onBackpressureDrop()
                .concatMap(tick -> fetch().onErrorResume(e -> Mono.empty()), 0)
                .subscribe();
    }

    /** Stops the background refresh. */
    @Override
    public synchronized void close() {
        if (refresher != null) {
            refresher.dispose();
        }
    }

    /** The verifier for {@code kid} if it is known now; null otherwise. */
    JWSVerifier cached(String kid) {
        PublishedKey key = keys.get(kid);
        return key == null ? null : key.verifier();
    }

    /** Whether any key has been loaded. */
    public boolean hasKeys() {
        return !keys.isEmpty();
    }

    /** How many JWKS fetches failed since start (the metric {@code xcord.jwks.fetch.failures}). */
    public long fetchFailures() {
        return fetchFailures.get();
    }

    /** The key ids loaded now. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /**
     * Completes once keys are loaded: at once if they are, otherwise when the fetch in flight (or a new one)
     * ends — also when it fails, so that a caller bounds its wait with a timeout and carries on without keys.
     * Lets a service load the keys before it reports ready instead of on its first request.
     */
    public Mono<Void> ready() {
        if (hasKeys()) {
            return Mono.empty();
        }
        return fetch().onErrorResume(e -> Mono.empty()).then();
    }

    /**
     * The verifier for a kid not in the cache: refetches the JWKS unless that was tried within the
     * refetch interval (then the kid stays unknown and the token is refused).
     */
    Mono<JWSVerifier> afterRefetch(String kid) {
        long sinceLast = System.nanoTime() - lastFetchStartedNanos;
        Mono<Map<String, PublishedKey>> pending = inFlight.get();
        long holdBack = lastFetchFailed
                ? Math.min(FAILED_FETCH_RETRY.toNanos(), properties.jwksRefetchInterval().toNanos())
                : properties.jwksRefetchInterval().toNanos();
        if (pending == null && fetchedOnce && sinceLast < holdBack) {
            return Mono.justOrEmpty(cached(kid));
        }
        Mono<Map<String, PublishedKey>> refetched = pending == null ? fetch()
                // a fetch already running may have left before the key was published (the background refresh
                // racing a rotation): if it lacks the kid, fetch once more right after it, so a fresh key is not
                // refused for a whole refetch interval. At most one extra fetch per in-flight one.
                : pending.onErrorResume(e -> Mono.just(keys))
                        .flatMap(fetched -> fetched.containsKey(kid) ? Mono.just(fetched) : fetchAfter(pending));
        return refetched
                .onErrorResume(e -> Mono.just(keys))
                .mapNotNull(fetched -> fetched.get(kid))
                .map(PublishedKey::verifier);
    }

    /** A new fetch once {@code finished} is done (its slot may not be cleared yet when its result arrives). */
    private Mono<Map<String, PublishedKey>> fetchAfter(Mono<Map<String, PublishedKey>> finished) {
        inFlight.compareAndSet(finished, null);
        return fetch();
    }

    /** One fetch at a time; callers arriving meanwhile share it. */
    private Mono<Map<String, PublishedKey>> fetch() {
        Mono<Map<String, PublishedKey>> existing = inFlight.get();
        if (existing != null) {
            return existing;
        }
        Mono<Map<String, PublishedKey>> fetch = Mono.defer(this::download)
                .map(json -> toKeys(json, keys))
                .doOnNext(fresh -> {
                    lastFetchFailed = false;
                    replace(fresh);
                })
                .doOnError(e -> {
                    lastFetchFailed = true;
                    fetchFailures.incrementAndGet();
                })
                .doOnError(e -> log.warn("cannot fetch the JWKS from {} ({}); keeping {} cached key(s)",
                        properties.jwksUri(), e.toString(), keys.size()))
                .doFinally(signal -> inFlight.set(null))
                .cache();
        if (!inFlight.compareAndSet(null, fetch)) {
            return inFlight.get() != null ? inFlight.get() : Mono.just(keys);
        }
        lastFetchStartedNanos = System.nanoTime();
        fetchedOnce = true;
        return fetch;
    }

    private Mono<String> download() {
        return http.get().uri(properties.jwksUri())
                .responseSingle((response, body) -> {
                    if (response.status().code() != 200) {
                        return Mono.error(new IllegalStateException("JWKS answered HTTP " + response.status().code()));
                    }
                    return body.asString();
                })
                .filter(json -> json.length() <= MAX_JWKS_BYTES)
                .switchIfEmpty(Mono.error(new IllegalStateException("empty or oversized JWKS")))
                .timeout(properties.jwksFetchTimeout().plusMillis(500));
    }

    private void replace(Map<String, PublishedKey> fresh) {
        Map<String, PublishedKey> previous = keys;
        keys = fresh;
        if (!previous.keySet().equals(fresh.keySet())) {
            log.info("JWKS loaded: key ids {}", fresh.keySet());
        }
    }

    /**
     * RSA signing keys with a kid only; anything else in the set is ignored. A key already in {@code previous}
     * with the same parameters keeps its verifier.
     */
    static Map<String, PublishedKey> toKeys(String json, Map<String, PublishedKey> previous) {
        try {
            Map<String, PublishedKey> result = new HashMap<>();
            for (JWK jwk : JWKSet.parse(json).getKeys()) {
                if (jwk instanceof RSAKey rsa && rsa.getKeyID() != null
                        && (rsa.getKeyUse() == null || KeyUse.SIGNATURE.equals(rsa.getKeyUse()))) {
                    PublishedKey known = previous.get(rsa.getKeyID());
                    result.put(rsa.getKeyID(), known != null && known.jwk().equals(rsa)
                            ? known : new PublishedKey(rsa, new RSASSAVerifier(rsa.toRSAPublicKey())));
                }
            }
            return Map.copyOf(result);
        } catch (java.text.ParseException | JOSEException e) {
            throw new IllegalStateException("unreadable JWKS: " + e.getMessage(), e);
        }
    }

    /** One key of the JWKS and the verifier built from it. */
    record PublishedKey(RSAKey jwk, JWSVerifier verifier) {
    }
}
