package com.xcord.auth.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Opaque refresh tokens: 32 random bytes, base64url; only their SHA-256 is ever stored. */
final class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LENGTH = 256;

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Anything longer cannot be one of ours; do not hash megabytes for it. */
    static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_LENGTH;
    }

    private RefreshTokens() {
    }
}
