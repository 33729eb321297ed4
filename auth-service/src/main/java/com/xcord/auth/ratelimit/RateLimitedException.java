package com.xcord.auth.ratelimit;

import com.xcord.servicekit.web.TooManyRequestsException;
import org.springframework.http.HttpHeaders;

/** 429 with {@code Retry-After} and the {@code RateLimit-Limit/Remaining/Reset} headers. */
public class RateLimitedException extends TooManyRequestsException {

    private final RateLimit state;

    public RateLimitedException(RateLimit state) {
        super("Too many attempts; retry later", state.reset());
        this.state = state;
    }

    /** Throws when the limit is used up. */
    public static void throwIfExceeded(RateLimit state) {
        if (!state.allowed()) {
            throw new RateLimitedException(state);
        }
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(super.headers());
        headers.set("RateLimit-Limit", Integer.toString(state.limit()));
        headers.set("RateLimit-Remaining", Integer.toString(state.remaining()));
        headers.set("RateLimit-Reset", Long.toString(state.resetSeconds()));
        return headers;
    }
}
