package com.xcord.live.key;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Stream keys: {@code sk_} + 32 random bytes (URL-safe Base64), one per user, created on first use. The ingest finds
 * the owner by the key's SHA-256 (the key itself is never compared or logged); the owner reveals it from its
 * encrypted copy. Rotating replaces both at once, so the old key finds nobody from the commit on.
 */
@Service
public class StreamKeys {

    /** A revealed key (only ever shown to its owner). */
    public record Revealed(String key, Instant createdAt) {
    }

    private static final String PREFIX = "sk_";
    private static final int RANDOM_BYTES = 32;

    private final StreamKeyRepository keys;
    private final StreamKeyCipher cipher;
    private final SecureRandom random = new SecureRandom();

    StreamKeys(StreamKeyRepository keys, StreamKeyCipher cipher) {
        this.keys = keys;
        this.cipher = cipher;
    }

    /** The SHA-256 of a presented key: what the database is searched by. */
    public static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The owner of a presented key, if it is someone's current key. */
    @Transactional(readOnly = true)
    public Optional<Long> ownerOf(String presentedKey) {
        return keys.ownerOf(hash(presentedKey));
    }

    /** Whether {@code keyHash} is still the user's current key (rotation makes it false). */
    @Transactional(readOnly = true)
    public boolean isCurrent(long userId, byte[] keyHash) {
        return keys.ofUser(userId).map(row -> Arrays.equals(row.keyHash(), keyHash)).orElse(false);
    }

    /** The user's key, made on the first call. */
    @Transactional
    Revealed reveal(long userId) {
        Optional<StreamKeyRepository.Row> row = keys.ofUser(userId);
        if (row.isEmpty()) {
            keys.insertFirst(newRow(userId));
            row = keys.ofUser(userId);
        }
        return revealed(row.orElseThrow());
    }

    /** A new key for the user; the old one is dead when this commits. */
    @Transactional
    Revealed rotate(long userId) {
        StreamKeyRepository.Row row = newRow(userId);
        keys.replace(row);
        return revealed(row);
    }

    private StreamKeyRepository.Row newRow(long userId) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new StreamKeyRepository.Row(userId, hash(key), cipher.encrypt(userId, key),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private Revealed revealed(StreamKeyRepository.Row row) {
        return new Revealed(cipher.decrypt(row.userId(), row.keyCipher()), row.createdAt());
    }
}
