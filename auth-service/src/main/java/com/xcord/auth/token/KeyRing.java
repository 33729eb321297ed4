package com.xcord.auth.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.xcord.auth.token.SigningKeyRepository.StoredKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This replica's view of the signing keys: the current key (to sign) and every published
 * public key (to verify and for the JWKS). Re-read from the table periodically and when a
 * token names a kid we do not know (at most once per {@link #UNKNOWN_KID_RELOAD_INTERVAL}).
 */
@Component
class KeyRing {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);
    static final Duration UNKNOWN_KID_RELOAD_INTERVAL = Duration.ofSeconds(5);

    /** The key tokens are signed with. */
    record CurrentKey(String kid, RSAKey jwk) {
    }

    private record Snapshot(CurrentKey current, JWKSet publicKeys) {
    }

    private final SigningKeyRepository keys;
    private final KeyCipher cipher;
    private final Map<String, RSAKey> decrypted = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(null, new JWKSet());
    private volatile long lastReloadNanos = System.nanoTime() - UNKNOWN_KID_RELOAD_INTERVAL.toNanos();

    KeyRing(SigningKeyRepository keys, KeyCipher cipher) {
        this.keys = keys;
        this.cipher = cipher;
    }

    CurrentKey current() {
        Snapshot s = snapshot;
        if (s.current() == null) {
            reload();
            s = snapshot;
            if (s.current() == null) {
                throw new IllegalStateException("no active signing key");
            }
        }
        return s.current();
    }

    /** Public keys only: the current one first, then the previous ones. */
    JWKSet publicKeys() {
        if (snapshot.current() == null) {
            reload();
        }
        return snapshot.publicKeys();
    }

    /** Re-reads the table when {@code kid} is unknown, but not more often than the interval. */
    void reloadIfUnknown(String kid) {
        if (kid == null || snapshot.publicKeys().getKeyByKeyId(kid) != null) {
            return;
        }
        if (System.nanoTime() - lastReloadNanos >= UNKNOWN_KID_RELOAD_INTERVAL.toNanos()) {
            reload();
        }
    }

    @Scheduled(fixedDelayString = "${xcord.auth.keys.reload-interval:30s}",
            initialDelayString = "${xcord.auth.keys.reload-interval:30s}")
    synchronized void reload() {
        lastReloadNanos = System.nanoTime();
        List<StoredKey> rows = keys.published();
        if (rows.isEmpty()) {
            snapshot = new Snapshot(null, new JWKSet());
            return;
        }
        List<JWK> published = new ArrayList<>(rows.size());
        for (StoredKey row : rows) {
            published.add(publicJwk(row));
        }
        StoredKey newest = rows.get(0);
        RSAKey signing = decrypted.computeIfAbsent(newest.kid(), kid -> privateJwk(newest));
        decrypted.keySet().retainAll(List.of(newest.kid()));
        CurrentKey current = new CurrentKey(newest.kid(), signing);
        Snapshot previous = snapshot;
        snapshot = new Snapshot(current, new JWKSet(published));
        if (previous.current() == null || !previous.current().kid().equals(current.kid())) {
            log.info("signing key {} is current; {} key(s) published", current.kid(), published.size());
        }
    }

    private RSAKey publicJwk(StoredKey row) {
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(row.publicKey()));
            return new RSAKey.Builder(publicKey).keyID(row.kid()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable public key " + row.kid(), e);
        }
    }

    private RSAKey privateJwk(StoredKey row) {
        try {
            byte[] pkcs8 = cipher.decrypt(row.kid(), row.privateKeyEncrypted());
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new RSAKey.Builder(publicJwk(row)).privateKey(privateKey).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable private key " + row.kid(), e);
        }
    }
}
