package com.xcord.edge;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.xcord.edge.revocation.RevokedSessions;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The one definition of a valid XCORD access token (DESIGN §4), applied by both stacks: service-kit's
 * {@code JwtDecoder} (servlet services) and reactive-auth's verifier (gateway, realtime-service).
 *
 * <ol>
 *   <li>{@link #parse} / {@link #checkHeader}, before any key is looked up: at most {@value #MAX_TOKEN_LENGTH}
 *       characters, a JWS (so {@code alg: none} fails), RS256 only (so HS256 signed with the public key fails),
 *       no {@code jku}/{@code jwk}/{@code x5u}/{@code x5c} (a token must not choose its own key),
 *       {@code typ: at+jwt}, a {@code kid};</li>
 *   <li>{@link #verify(SignedJWT, JWSVerifier)}, with the published key the kid names: the signature, then
 *       {@code exp} (required) and {@code nbf} with the clock skew, {@code iss}, {@code aud}, a numeric
 *       {@code sub} and, when present, a numeric {@code sid}</li>
 *   <li>whose session has not ended ({@link #checkSession}, also for a token verified earlier and remembered):
 *       a logged-out session's tokens are refused everywhere within moments, not only when they expire.</li>
 * </ol>
 * Each refusal is a {@link TokenRefusedException} with a fixed reason; the first failing rule wins.
 */
public final class AccessTokenRules {

    /** Longer is not a token of ours; refusing early bounds the parsing work. */
    public static final int MAX_TOKEN_LENGTH = 8 * 1024;

    public static final String MALFORMED = "The token is malformed.";
    public static final String ALGORITHM = "The token's algorithm is not accepted.";
    public static final String SELF_KEYED = "Tokens that carry or point to their own keys are refused.";
    public static final String NOT_AN_ACCESS_TOKEN = "The token is not an access token.";
    public static final String NO_KEY = "The token names no key.";
    public static final String UNKNOWN_KEY = "The token was signed with an unknown key.";
    public static final String BAD_SIGNATURE = "The token's signature is invalid.";
    public static final String EXPIRED = "The token has expired.";
    public static final String NOT_YET_VALID = "The token is not valid yet.";
    public static final String WRONG_ISSUER = "The token was issued by someone else.";
    public static final String WRONG_AUDIENCE = "The token is meant for someone else.";
    public static final String NO_USER = "The token names no user.";
    public static final String NO_SESSION = "The token names no valid session.";
    public static final String SESSION_ENDED = "The token's session has ended.";

    private static final Set<JOSEObjectType> TYPES = Set.of(new JOSEObjectType("at+jwt"),
            new JOSEObjectType("application/at+jwt"));

    private final String issuer;
    private final String audience;
    private final long skewMillis;
    private final Clock clock;
    /** Null where sessions are checked otherwise (auth-service: its database) or revocations are off. */
    private final RevokedSessions revokedSessions;

    public AccessTokenRules(SecurityProperties properties, Clock clock) {
        this(properties, clock, null);
    }

    public AccessTokenRules(SecurityProperties properties, Clock clock, RevokedSessions revokedSessions) {
        this.revokedSessions = revokedSessions;
        this.issuer = Objects.requireNonNull(properties.issuer(), "issuer");
        this.audience = Objects.requireNonNull(properties.audience(), "audience");
        this.skewMillis = properties.clockSkew().toMillis();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Step 1: the token parsed as a JWS whose header passes {@link #checkHeader}. */
    public SignedJWT parse(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            throw new TokenRefusedException(MALFORMED);
        }
        SignedJWT jwt;
        try {
            // an unsigned ("alg": "none") token is not a JWS and fails here
            jwt = SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw new TokenRefusedException(MALFORMED);
        }
        checkHeader(jwt);
        return jwt;
    }

    /** Step 1 for a token someone else parsed (Spring's {@code NimbusJwtDecoder}). */
    public void checkHeader(SignedJWT jwt) {
        String serialized = jwt.getParsedString();
        if (serialized != null && serialized.length() > MAX_TOKEN_LENGTH) {
            throw new TokenRefusedException(MALFORMED);
        }
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            throw new TokenRefusedException(ALGORITHM);
        }
        if (header.getJWKURL() != null || header.getJWK() != null || header.getX509CertURL() != null
                || header.getX509CertChain() != null) {
            throw new TokenRefusedException(SELF_KEYED);
        }
        if (header.getType() == null || !TYPES.contains(header.getType())) {
            throw new TokenRefusedException(NOT_AN_ACCESS_TOKEN);
        }
        if (header.getKeyID() == null) {
            throw new TokenRefusedException(NO_KEY);
        }
    }

    /** Steps 1 and 2 with keys at hand: {@code keysByKid} answers null for a kid it does not know. */
    public JWTClaimsSet verify(String token, Function<String, JWSVerifier> keysByKid) {
        SignedJWT jwt = parse(token);
        return verify(jwt, keysByKid.apply(jwt.getHeader().getKeyID()));
    }

    /** Step 2: the signature with the key the token's kid names (null: no such key), then the claims. */
    public JWTClaimsSet verify(SignedJWT jwt, JWSVerifier key) {
        if (key == null) {
            throw new TokenRefusedException(UNKNOWN_KEY);
        }
        try {
            if (!jwt.verify(key)) {
                throw new TokenRefusedException(BAD_SIGNATURE);
            }
        } catch (JOSEException | IllegalStateException e) {
            throw new TokenRefusedException(BAD_SIGNATURE);
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new TokenRefusedException(MALFORMED);
        }
        checkClaims(claims);
        return claims;
    }

    private void checkClaims(JWTClaimsSet claims) {
        Date expires = claims.getExpirationTime();
        if (expires == null || isExpired(expires.getTime())) {
            throw new TokenRefusedException(EXPIRED);
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && clock.millis() + skewMillis < notBefore.getTime()) {
            throw new TokenRefusedException(NOT_YET_VALID);
        }
        if (!issuer.equals(claims.getIssuer())) {
            throw new TokenRefusedException(WRONG_ISSUER);
        }
        List<String> audiences = claims.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            throw new TokenRefusedException(WRONG_AUDIENCE);
        }
        if (!isId(claims.getClaim("sub"))) {
            throw new TokenRefusedException(NO_USER);
        }
        Object sid = claims.getClaim("sid");
        if (sid != null && !isId(sid instanceof Long || sid instanceof Integer ? sid.toString() : sid)) {
            throw new TokenRefusedException(NO_SESSION);
        }
        checkSession(sid == null ? null : sid.toString());
    }

    /** Step 3: the token's session ({@code sid}, already checked to be an id or absent) has not ended. */
    public void checkSession(String sid) {
        if (revokedSessions == null || sid == null) {
            return;
        }
        long sessionId;
        try {
            sessionId = Long.parseLong(sid);
        } catch (NumberFormatException e) {
            throw new TokenRefusedException(NO_SESSION);
        }
        if (revokedSessions.isEnded(sessionId)) {
            throw new TokenRefusedException(SESSION_ENDED);
        }
    }

    /** Whether a token expiring then is expired now, skew included (also for tokens verified earlier). */
    public boolean isExpired(long expiresAtMillis) {
        return clock.millis() - skewMillis >= expiresAtMillis;
    }

    /** Our ids are non-negative longs written in decimal: at most 19 digits, nothing else. */
    private static boolean isId(Object value) {
        if (!(value instanceof String text) || text.isEmpty() || text.length() > 19
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException tooLarge) {
            return false;
        }
    }
}
