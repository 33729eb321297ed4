package com.xcord.servicekit.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Nimbus processor for XCORD access tokens: RS256 only, {@code typ: at+jwt}, and tokens that
 * name their own keys ({@code jku}, {@code jwk}, {@code x5u}, {@code x5c}) refused before any
 * key lookup. Claims are checked by Spring's validators afterwards.
 */
public class AccessTokenJwtProcessor extends DefaultJWTProcessor<SecurityContext> {

    public AccessTokenJwtProcessor(JWKSource<SecurityContext> keys) {
        setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt"),
                new JOSEObjectType("application/at+jwt")));
        // exp/nbf/iss/aud are Spring validators' job (one place, with our clock skew)
        setJWTClaimsSetVerifier((claims, context) -> {
        });
    }

    @Override
    public JWTClaimsSet process(SignedJWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
        JWSHeader header = jwt.getHeader();
        if (header.getJWKURL() != null || header.getJWK() != null || header.getX509CertURL() != null
                || header.getX509CertChain() != null) {
            throw new BadJOSEException("tokens that carry or point to their own keys are refused");
        }
        return super.process(jwt, context);
    }
}
