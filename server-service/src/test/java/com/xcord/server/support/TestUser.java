package com.xcord.server.support;

import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.TestTokens;

import java.util.concurrent.atomic.AtomicLong;

/** A user of the tests: an id nobody else uses and a valid access token for it. */
public record TestUser(long id, String name, String token) implements Api.Caller {

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() * 1000);

    public static TestUser named(String name) {
        long id = NEXT.incrementAndGet();
        return new TestUser(id, name, TestTokens.accessToken(id));
    }

    @Override
    public String accessToken() {
        return token;
    }

    public String idString() {
        return Long.toString(id);
    }
}
