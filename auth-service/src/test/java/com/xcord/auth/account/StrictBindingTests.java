package com.xcord.auth.account;

import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import com.xcord.servicekit.test.Api;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/** Registration binds its body strictly (issue 12, finding 8): nothing it does not take is silently dropped. */
class StrictBindingTests extends IntegrationTest {

    private static final String REGISTER = "/api/v1/auth/register";

    private long usersNamed(String username) {
        return count("SELECT count(*) FROM users WHERE username = ?", username);
    }

    @Test
    void aFieldRegistrationDoesNotTakeIs400AndCreatesNoAccount() {
        String username = Users.uniqueUsername("mallory");
        Api.Response response = api.post(REGISTER).json(Map.of("username", username, "email", username + "@example.com",
                "password", Users.PASSWORD, "emailVerified", true)).send();

        assertFieldError(response, "emailVerified");
        assertThat(response.body().path("errors").get(0).path("message").asString()).isEqualTo("unknown field");
        assertThat(usersNamed(username)).isZero();
        assertFieldError(api.post(REGISTER).json(Map.of("username", username, "email", username + "@example.com",
                "password", Users.PASSWORD, "role", "admin")).send(), "role");
        assertThat(usersNamed(username)).isZero();
    }

    @Test
    void aNumberWhereAStringBelongsIs400AndCreatesNoAccount() {
        String username = Users.uniqueUsername("numbers");
        Api.Response response = api.post(REGISTER).json(Map.of("username", username, "email", username + "@example.com",
                "password", 12345678)).send();

        assertFieldError(response, "password");
        assertThat(usersNamed(username)).isZero();
    }
}
