package com.xcord.gateway.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * {@code scripts/token_bucket.lua}, read and hashed once. Spring's resource-backed script asks the resource
 * for its last-modified time on every call, under a lock shared by all callers: inside the fat jar that
 * opened the jar entry for every rate-limited request and made the event loops queue behind one another.
 */
final class TokenBucketScript implements RedisScript<List<Long>> {

    private static final String LOCATION = "scripts/token_bucket.lua";

    private final String text;
    private final String sha1;

    private TokenBucketScript(String text) {
        this.text = text;
        this.sha1 = sha1Hex(text);
    }

    static TokenBucketScript load() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return new TokenBucketScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
    }

    @Override
    public String getSha1() {
        return sha1;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<Long>> getResultType() {
        return (Class) List.class;
    }

    @Override
    public String getScriptAsString() {
        return text;
    }

    /** EVALSHA names a script by the SHA-1 of its text. */
    private static String sha1Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
