package com.xcord.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.xcord.servicekit.XcordProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

/** Mints RS256 access tokens ({@code typ: at+jwt}) with the current signing key. */
@Component
public class AccessTokens {

    static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

    private final KeyRing ring;
    private final String issuer;
    private final String audience;
    private final Duration ttl;

    AccessTokens(KeyRing ring, XcordProperties xcord, TokenProperties tokens) {
        this.ring = ring;
        this.issuer = xcord.security().issuer();
        this.audience = xcord.security().audience();
        this.ttl = tokens.accessTtl();
    }

    /** A signed access token and its lifetime in seconds (the {@code expiresIn} of token responses). */
    public record IssuedAccessToken(String value, long expiresIn) {

        @Override
        public String toString() {
            return "IssuedAccessToken[expiresIn=" + expiresIn + "]";
        }
    }

    public IssuedAccessToken issue(long userId, long sessionId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        KeyRing.CurrentKey key = ring.current();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid()).type(AT_JWT).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(Long.toString(userId))
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim("sid", Long.toString(sessionId))
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key.jwk()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new IssuedAccessToken(jwt.serialize(), ttl.toSeconds());
    }
}
