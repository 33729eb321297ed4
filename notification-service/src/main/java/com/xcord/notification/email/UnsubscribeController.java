package com.xcord.notification.email;

import com.xcord.notification.settings.Settings;
import com.xcord.servicekit.web.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|POST /notifications/unsubscribe?token=}: the digest's unsubscribe link (GET, from a browser) and mail
 * clients' one-click unsubscribe (POST, RFC 8058). No login: the signed token is the credential. The digests stay off
 * until the user turns {@code emailDigest} on again in the settings.
 */
@RestController
@RequestMapping("/api/v1/notifications/unsubscribe")
@Tag(name = "Email", description = "The digest's unsubscribe link (no login: its signed token is the credential).")
class UnsubscribeController {

    record Unsubscribed(String userId, boolean unsubscribed) {
    }

    private final UnsubscribeTokens tokens;
    private final Settings settings;

    UnsubscribeController(UnsubscribeTokens tokens, Settings settings) {
        this.tokens = tokens;
        this.settings = settings;
    }

    @Operation(operationId = "unsubscribeFromDigest", summary = "Stop the email digest (the mail's link)",
            description = "No login needed: the token from the mail identifies the user.")
    @GetMapping
    Unsubscribed unsubscribeFromLink(@RequestParam String token) {
        return unsubscribe(token);
    }

    @Operation(operationId = "unsubscribeFromDigestOneClick", summary = "Stop the email digest (one-click)",
            description = "RFC 8058's List-Unsubscribe-Post, sent by mail clients; no login needed.")
    @PostMapping
    Unsubscribed unsubscribeOneClick(@RequestParam String token) {
        return unsubscribe(token);
    }

    private Unsubscribed unsubscribe(String token) {
        long userId = tokens.userOf(token)
                .orElseThrow(() -> BadRequestException.field("token", "is not a valid unsubscribe token"));
        settings.unsubscribe(userId);
        return new Unsubscribed(Long.toString(userId), true);
    }
}
