package com.xcord.edge;

/**
 * Why an access token was refused. The message is one of {@link AccessTokenRules}' fixed reasons: safe to show
 * and to log, it never contains the token.
 */
public class TokenRefusedException extends RuntimeException {

    public TokenRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
