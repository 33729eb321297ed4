package com.xcord.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Creates, rotates and retires signing keys. A rotated-out key stays published until every
 * access token it signed has expired (plus the time replicas need to notice), so rotation logs
 * nobody out. Replicas race at startup and on schedule; an advisory lock makes one of them win.
 */
@Component
public class KeyRotation implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final SigningKeyRepository keys;
    private final KeyCipher cipher;
    private final KeyRing ring;
    private final TransactionTemplate tx;
    private final KeyProperties properties;
    private final Duration accessTtl;

    KeyRotation(SigningKeyRepository keys, KeyCipher cipher, KeyRing ring, TransactionTemplate tx,
            KeyProperties properties, TokenProperties tokens) {
        this.keys = keys;
        this.cipher = cipher;
        this.ring = ring;
        this.tx = tx;
        this.properties = properties;
        this.accessTtl = tokens.accessTtl();
    }

    /** Makes sure a current key exists before the service takes requests. */
    @Override
    public void afterPropertiesSet() {
        tx.executeWithoutResult(status -> {
            keys.lockForRotation();
            if (keys.currentActivatedAt().isEmpty()) {
                activateNewKey(now());
            }
        });
        ring.reload();
    }

    /** A new key becomes current now; the previous one stays published until it retires. */
    public void rotate() {
        tx.executeWithoutResult(status -> {
            keys.lockForRotation();
            activateNewKey(now());
        });
        ring.reload();
    }

    /** Rotates when the current key is older than the interval, and retires keys nobody needs. */
    @Scheduled(fixedDelayString = "${xcord.auth.keys.maintenance-interval:1m}",
            initialDelayString = "${xcord.auth.keys.maintenance-interval:1m}")
    void maintain() {
        Instant now = now();
        tx.executeWithoutResult(status -> {
            keys.lockForRotation();
            boolean due = keys.currentActivatedAt()
                    .map(activated -> !activated.plus(properties.rotationInterval()).isAfter(now))
                    .orElse(true);
            if (due) {
                activateNewKey(now);
            }
            int retired = keys.retireSupersededBefore(now.minus(retirementDelay()), now);
            if (retired > 0) {
                log.info("retired {} signing key(s)", retired);
            }
        });
        ring.reload();
    }

    /** Tokens live {@code accessTtl}; replicas may sign with the old key until their next reload. */
    Duration retirementDelay() {
        return accessTtl.plus(properties.reloadInterval().multipliedBy(2)).plus(Duration.ofMinutes(1));
    }

    private void activateNewKey(Instant now) {
        RSAKey key = generate();
        keys.supersedeCurrent(now);
        try {
            keys.insert(key.getKeyID(), cipher.encrypt(key.getKeyID(), key.toRSAPrivateKey().getEncoded()),
                    key.toRSAPublicKey().getEncoded(), now);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        log.info("created signing key {}", key.getKeyID());
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey withoutId = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()).build();
            // RFC 7638 thumbprint: stable, unique per key, reveals nothing
            return new RSAKey.Builder(withoutId).keyID(withoutId.computeThumbprint().toString())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
