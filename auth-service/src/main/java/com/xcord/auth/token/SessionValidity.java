package com.xcord.auth.token;

/**
 * Whether the session an access token belongs to is still active. Implemented by the session
 * feature; the token decoder asks it so that logout takes effect here at once.
 */
public interface SessionValidity {

    boolean isActive(long sessionId);
}
