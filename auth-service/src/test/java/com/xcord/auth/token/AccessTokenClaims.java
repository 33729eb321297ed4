package com.xcord.auth.token;

import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;

/** Reads claims of an access token without verifying it (tests only). */
public final class AccessTokenClaims {

    public static long sessionId(String accessToken) {
        return Long.parseLong(claim(accessToken, "sid"));
    }

    public static String kid(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String claim(String accessToken, String name) {
        try {
            return SignedJWT.parse(accessToken).getJWTClaimsSet().getClaim(name).toString();
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private AccessTokenClaims() {
    }
}
