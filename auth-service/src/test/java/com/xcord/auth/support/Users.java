package com.xcord.auth.support;

import com.xcord.servicekit.test.Api;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Named fixtures for accounts, created through the API. */
public final class Users {

    public static final String PASSWORD = "correct horse battery staple";

    /** A registered account with the tokens of its first session. */
    public record Registered(String id, String username, String email, String password, String accessToken,
            String refreshToken) {

        public Registered withTokens(String accessToken, String refreshToken) {
            return new Registered(id, username, email, password, accessToken, refreshToken);
        }
    }

    /** Registers a fresh account whose username starts with {@code name} (unique across tests). */
    public static Registered register(Api api, String name) {
        String username = uniqueUsername(name);
        String email = username + "@example.com";
        Api.Response response = api.post("/api/v1/auth/register")
                .json(Map.of("username", username, "email", email, "password", PASSWORD))
                .send();
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return new Registered(response.body().path("user").path("id").asString(), username, email, PASSWORD,
                response.text("accessToken"), response.text("refreshToken"));
    }

    /** Signs the account in again: a second session. */
    public static Registered login(Api api, Registered user) {
        Api.Response response = api.post("/api/v1/auth/login")
                .json(Map.of("login", user.username(), "password", user.password()))
                .send();
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return user.withTokens(response.text("accessToken"), response.text("refreshToken"));
    }

    public static String uniqueUsername(String name) {
        return name + "_" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36 * 36), 36);
    }

    private Users() {
    }
}
