package com.xcord.servicekit.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.JWTProcessor;
import com.xcord.edge.AccessTokenRules;
import com.xcord.edge.TokenRefusedException;

import java.util.List;

/**
 * Nimbus processor for XCORD access tokens: edge-rules' {@link AccessTokenRules} (the checks the gateway and
 * realtime-service apply too), with the key the token's {@code kid} names looked up in a {@link JWKSource}
 * (auth-service's JWKS, cached; or auth-service's own key ring). A refusal is a {@link BadJOSEException}
 * carrying the rule's reason, which Spring turns into a 401.
 */
public class AccessTokenJwtProcessor implements JWTProcessor<SecurityContext> {

    private final JWKSource<SecurityContext> keys;
    private final AccessTokenRules rules;

    public AccessTokenJwtProcessor(JWKSource<SecurityContext> keys, AccessTokenRules rules) {
        this.keys = keys;
        this.rules = rules;
    }

    @Override
    public JWTClaimsSet process(String token, SecurityContext context) throws BadJOSEException, JOSEException {
        try {
            return process(rules.parse(token), context);
        } catch (TokenRefusedException e) {
            throw new BadJOSEException(e.getMessage(), e);
        }
    }

    @Override
    public JWTClaimsSet process(JWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
        if (jwt instanceof SignedJWT signed) {
            return process(signed, context);
        }
        throw new BadJOSEException(AccessTokenRules.MALFORMED);
    }

    @Override
    public JWTClaimsSet process(PlainJWT jwt, SecurityContext context) throws BadJOSEException {
        throw new BadJOSEException(AccessTokenRules.MALFORMED);
    }

    @Override
    public JWTClaimsSet process(EncryptedJWT jwt, SecurityContext context) throws BadJOSEException {
        throw new BadJOSEException(AccessTokenRules.MALFORMED);
    }

    @Override
    public JWTClaimsSet process(SignedJWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
        try {
            // the header is judged before any key is looked up: a self-keyed or HS256 token never reaches the JWKS
            rules.checkHeader(jwt);
            return rules.verify(jwt, publishedKey(jwt, context));
        } catch (TokenRefusedException e) {
            throw new BadJOSEException(e.getMessage(), e);
        }
    }

    /** The RSA key published under the token's kid, or null; an unknown kid may refetch the JWKS (rate-limited). */
    private JWSVerifier publishedKey(SignedJWT jwt, SecurityContext context) throws JOSEException {
        List<JWK> found = keys.get(new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader())), context);
        for (JWK key : found) {
            if (key instanceof RSAKey rsa) {
                return new RSASSAVerifier(rsa.toRSAPublicKey());
            }
        }
        return null;
    }
}
