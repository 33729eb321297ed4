package com.xcord.notification.email;

import com.xcord.notification.NotificationProperties;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The digest's unsubscribe link carries {@code <userId>.<HMAC-SHA256(secret, "unsubscribe:" + userId)>}: whoever
 * holds a mail of the user may stop the digests (and only that), with no login, as mail clients' one-click
 * unsubscribe (RFC 8058) requires. No expiry: an old mail's link must still work.
 */
@Component
class UnsubscribeTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;

    UnsubscribeTokens(NotificationProperties properties) {
        this.secret = properties.email().unsubscribeSecret().getBytes(StandardCharsets.UTF_8);
    }

    String tokenFor(long userId) {
        return userId + "." + signature(userId);
    }

    /** The user the token was issued for, if it is one of ours. */
    Optional<Long> userOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long userId;
        try {
            userId = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] expected = signature(userId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(userId) : Optional.empty();
    }

    private String signature(long userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(("unsubscribe:" + userId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
