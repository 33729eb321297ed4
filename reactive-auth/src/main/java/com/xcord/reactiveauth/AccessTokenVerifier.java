package com.xcord.reactiveauth;

import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.xcord.edge.AccessTokenRules;
import com.xcord.edge.SecurityProperties;
import com.xcord.edge.TokenRefusedException;
import com.xcord.edge.revocation.RevokedSessions;
import java.time.Clock;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Validates XCORD access tokens with {@link AccessTokenRules}, the rule set service-kit applies too; this class
 * adds only what the reactive stack needs: the JWKS lookup without blocking (only an unknown kid leaves the
 * calling thread, for a refetch) and the memory of verified tokens.
 *
 * <p>A token that passed is remembered ({@link VerifiedTokenCache}): the same token again costs a lookup,
 * its expiry check, the check that its session has not ended and a check that its key is still published,
 * not a parse and an RSA verification.
 */
public class AccessTokenVerifier {

    /** Longer is not a token of ours; refusing early bounds the parsing work. */
    public static final int MAX_TOKEN_LENGTH = AccessTokenRules.MAX_TOKEN_LENGTH;

    /** Why a token was refused; the message is safe to show (it never contains the token). */
    public static final class InvalidTokenException extends RuntimeException {
        InvalidTokenException(String message) {
            super(message, null, false, false);
        }
    }

    private final JwksCache keys;
    private final AccessTokenRules rules;
    /** Null when switched off (size 0). */
    private final VerifiedTokenCache verified;

    public AccessTokenVerifier(JwksCache keys, Clock clock, SecurityProperties properties) {
        this(keys, clock, properties, null);
    }

    /** @param revokedSessions the sessions that ended lately (edge-rules' feed); null checks none */
    public AccessTokenVerifier(JwksCache keys, Clock clock, SecurityProperties properties,
            RevokedSessions revokedSessions) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.rules = new AccessTokenRules(properties, Objects.requireNonNull(clock, "clock"), revokedSessions);
        this.verified = properties.verifiedTokenCacheSize() > 0
                ? new VerifiedTokenCache(properties.verifiedTokenCacheSize(), clock, properties.clockSkew())
                : null;
    }

    /** The verified token, or an {@link InvalidTokenException} error. */
    public Mono<VerifiedAccessToken> verify(String token) {
        if (verified != null && token != null) {
            VerifiedTokenCache.Entry hit = verified.get(token);
            if (hit != null) {
                if (rules.isExpired(hit.token().expiresAtMillis())) {
                    verified.remove(token);
                    return Mono.error(new InvalidTokenException(AccessTokenRules.EXPIRED));
                }
                try {
                    rules.checkSession(hit.token().sessionId());
                } catch (TokenRefusedException ended) {
                    verified.remove(token);
                    return Mono.error(new InvalidTokenException(ended.getMessage()));
                }
                if (keys.cached(hit.kid()) == hit.verifier()) {
                    return Mono.just(hit.token());
                }
                // its key was removed from the JWKS or replaced: judge the token afresh
                verified.remove(token);
            }
        }
        SignedJWT jwt;
        try {
            jwt = rules.parse(token);
        } catch (TokenRefusedException e) {
            return Mono.error(new InvalidTokenException(e.getMessage()));
        }
        String kid = jwt.getHeader().getKeyID();
        JWSVerifier verifier = keys.cached(kid);
        if (verifier != null) {
            try {
                return Mono.just(checkAndRemember(token, jwt, kid, verifier));
            } catch (InvalidTokenException e) {
                return Mono.error(e);
            }
        }
        return keys.afterRefetch(kid)
                .switchIfEmpty(Mono.error(() -> new InvalidTokenException(AccessTokenRules.UNKNOWN_KEY)))
                .map(found -> checkAndRemember(token, jwt, kid, found));
    }

    /** Only a token that passed every check is remembered, with the key that verified it. */
    private VerifiedAccessToken checkAndRemember(String token, SignedJWT jwt, String kid, JWSVerifier verifier) {
        JWTClaimsSet claims;
        try {
            claims = rules.verify(jwt, verifier);
        } catch (TokenRefusedException e) {
            throw new InvalidTokenException(e.getMessage());
        }
        Object sid = claims.getClaim("sid");
        VerifiedAccessToken result = new VerifiedAccessToken(claims.getSubject(), sid == null ? null : sid.toString(),
                claims.getExpirationTime().getTime());
        if (verified != null) {
            verified.put(token, new VerifiedTokenCache.Entry(result, kid, verifier));
        }
        return result;
    }

    /** How many verified tokens are remembered now (tests). */
    long rememberedTokens() {
        return verified == null ? 0 : verified.size();
    }
}
