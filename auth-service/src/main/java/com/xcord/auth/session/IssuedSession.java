package com.xcord.auth.session;

/** A session's fresh token pair; {@code toString} never prints the tokens. */
public record IssuedSession(long sessionId, String accessToken, String refreshToken, long expiresIn) {

    @Override
    public String toString() {
        return "IssuedSession[sessionId=" + sessionId + ", expiresIn=" + expiresIn + "]";
    }
}
