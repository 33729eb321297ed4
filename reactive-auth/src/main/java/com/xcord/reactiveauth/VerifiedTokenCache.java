package com.xcord.reactiveauth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JWSVerifier;
import java.time.Clock;
import java.time.Duration;

/**
 * Tokens that passed every check, so that a client sending the same token again is not parsed and
 * RSA-verified again. Only verified tokens are stored, keyed by the whole token string (signature
 * included), so a forged or altered token can never hit. A hit is still checked against the clock
 * ({@code exp}) and against the JWKS: the key that verified the token must still be published,
 * unchanged (same verifier instance), or the token is verified again from scratch. Bounded in size;
 * entries also leave the cache at their expiry.
 */
final class VerifiedTokenCache {

    /** A verified token and the key that verified it. */
    record Entry(VerifiedAccessToken token, String kid, JWSVerifier verifier) {
    }

    private final Cache<String, Entry> entries;

    VerifiedTokenCache(int maximumSize, Clock clock, Duration clockSkew) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.creating((String token, Entry entry) -> Duration.ofMillis(Math.max(0,
                        entry.token().expiresAtMillis() + clockSkew.toMillis() - clock.millis()))))
                // eviction bookkeeping on the calling thread: no hand-off to the common pool per request
                .executor(Runnable::run)
                .build();
    }

    /** The entry for exactly this token string, if it was verified and is still held. */
    Entry get(String token) {
        return entries.getIfPresent(token);
    }

    void put(String token, Entry entry) {
        entries.put(token, entry);
    }

    void remove(String token) {
        entries.invalidate(token);
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
