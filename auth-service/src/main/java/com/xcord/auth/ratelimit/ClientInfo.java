package com.xcord.auth.ratelimit;

/** Who is calling, as far as we can tell: the client address and its User-Agent (may be null). */
public record ClientInfo(String ip, String userAgent) {

    static final int MAX_USER_AGENT = 512;

    public ClientInfo {
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
    }
}
