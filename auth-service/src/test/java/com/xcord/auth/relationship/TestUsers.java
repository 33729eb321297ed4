package com.xcord.auth.relationship;

import com.xcord.servicekit.test.Api;
import com.xcord.auth.support.Users;

/** Users for relationship tests, registered through {@code POST /api/v1/auth/register}. */
final class TestUsers {

    /** A registered user and a valid access token for them. */
    record TestUser(String id, String username, String accessToken) {

        long numericId() {
            return Long.parseLong(id);
        }
    }

    /** Registers a fresh user whose username starts with {@code name}. */
    static TestUser register(Api api, String name) {
        Users.Registered registered = Users.register(api, name);
        return new TestUser(registered.id(), registered.username(), registered.accessToken());
    }

    private TestUsers() {
    }
}
