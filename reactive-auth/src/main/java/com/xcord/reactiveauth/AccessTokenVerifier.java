package com.xcord.reactiveauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Validates XCORD access tokens with Nimbus: RS256 only (so {@code none} and HS256-with-the-public-key
 * fail), {@code typ: at+jwt}, no {@code jku}/{@code jwk}/{@code x5u}/{@code x5c} (a token must not
 * choose its own key), a {@code kid} from auth-service's JWKS, then {@code iss}, {@code aud},
 * {@code exp}, {@code nbf} and a numeric {@code sub} of at most 19 digits. Only an unknown kid leaves the calling thread (JWKS refetch).
 *
 * <p>A token that passed is remembered ({@link VerifiedTokenCache}): the same token again costs a lookup,
 * its expiry check and a check that its key is still published, not a parse and an RSA verification.
 */
public class AccessTokenVerifier {

    /** Longer is not a token of ours; refusing early bounds the parsing work. */
    public static final int MAX_TOKEN_LENGTH = 8 * 1024;
    private static final Set<JOSEObjectType> TYPES = Set.of(new JOSEObjectType("at+jwt"), new JOSEObjectType("application/at+jwt"));

    /** Why a token was refused; the message is safe to show (it never contains the token). */
    public static final class InvalidTokenException extends RuntimeException {
        InvalidTokenException(String message) {
            super(message, null, false, false);
        }
    }

    private final JwksCache keys;
    private final Clock clock;
    private final String issuer;
    private final String audience;
    private final long skewMillis;
    /** Null when switched off (size 0). */
    private final VerifiedTokenCache verified;

    public AccessTokenVerifier(JwksCache keys, Clock clock, TokenVerificationSettings properties) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.issuer = properties.issuer();
        this.audience = properties.audience();
        this.skewMillis = properties.clockSkew().toMillis();
        this.verified = properties.verifiedTokenCacheSize() > 0
                ? new VerifiedTokenCache(properties.verifiedTokenCacheSize(), clock, properties.clockSkew())
                : null;
    }

    /** The verified token, or an {@link InvalidTokenException} error. */
    public Mono<VerifiedAccessToken> verify(String token) {
        if (verified != null && token != null) {
            VerifiedTokenCache.Entry hit = verified.get(token);
            if (hit != null) {
                if (isExpired(hit.token().expiresAtMillis())) {
                    verified.remove(token);
                    return Mono.error(new InvalidTokenException("The token has expired."));
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
            jwt = parse(token);
        } catch (InvalidTokenException e) {
            return Mono.error(e);
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
                .switchIfEmpty(Mono.error(() -> new InvalidTokenException("The token was signed with an unknown key.")))
                .map(found -> checkAndRemember(token, jwt, kid, found));
    }

    /** Only a token that passed every check is remembered, with the key that verified it. */
    private VerifiedAccessToken checkAndRemember(String token, SignedJWT jwt, String kid, JWSVerifier verifier) {
        VerifiedAccessToken result = check(jwt, verifier);
        if (verified != null) {
            verified.put(token, new VerifiedTokenCache.Entry(result, kid, verifier));
        }
        return result;
    }

    /** How many verified tokens are remembered now (tests). */
    long rememberedTokens() {
        return verified == null ? 0 : verified.size();
    }

    private boolean isExpired(long expiresAtMillis) {
        return clock.millis() - skewMillis >= expiresAtMillis;
    }

    private static SignedJWT parse(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidTokenException("The token is malformed.");
        }
        SignedJWT jwt;
        try {
            // an unsigned ("alg": "none") token is not a JWS and fails here
            jwt = SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidTokenException("The token is malformed.");
        }
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            throw new InvalidTokenException("The token's algorithm is not accepted.");
        }
        if (header.getJWKURL() != null || header.getJWK() != null || header.getX509CertURL() != null
                || header.getX509CertChain() != null) {
            throw new InvalidTokenException("Tokens that carry or point to their own keys are refused.");
        }
        if (header.getType() == null || !TYPES.contains(header.getType())) {
            throw new InvalidTokenException("The token is not an access token.");
        }
        if (header.getKeyID() == null) {
            throw new InvalidTokenException("The token names no key.");
        }
        return jwt;
    }

    private VerifiedAccessToken check(SignedJWT jwt, JWSVerifier verifier) {
        try {
            if (!jwt.verify(verifier)) {
                throw new InvalidTokenException("The token's signature is invalid.");
            }
        } catch (JOSEException e) {
            throw new InvalidTokenException("The token's signature is invalid.");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidTokenException("The token is malformed.");
        }
        long now = clock.millis();
        Date expires = claims.getExpirationTime();
        if (expires == null || isExpired(expires.getTime())) {
            throw new InvalidTokenException("The token has expired.");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now + skewMillis < notBefore.getTime()) {
            throw new InvalidTokenException("The token is not valid yet.");
        }
        if (!issuer.equals(claims.getIssuer())) {
            throw new InvalidTokenException("The token was issued by someone else.");
        }
        List<String> audiences = claims.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            throw new InvalidTokenException("The token is meant for someone else.");
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isEmpty() || !subject.chars().allMatch(Character::isDigit) || subject.length() > 19) {
            throw new InvalidTokenException("The token names no user.");
        }
        Object sid = claims.getClaim("sid");
        return new VerifiedAccessToken(subject, sid == null ? null : sid.toString(), expires.getTime());
    }
}
