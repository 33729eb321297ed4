package com.xcord.auth.profile;

import com.xcord.servicekit.test.Api;
import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import com.xcord.auth.support.Users.Registered;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class UserControllerTests extends IntegrationTest {

    private void assertPublicProfileOf(Api.Response response, Registered user) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.text("id")).isEqualTo(user.id());
        assertThat(response.text("username")).isEqualTo(user.username());
        assertThat(response.text("displayName")).isEqualTo("Bobby");
        assertThat(response.body().propertyNames()).containsExactlyInAnyOrder("id", "username", "displayName", "bio",
                "avatarMediaId", "status", "createdAt");
    }

    private Registered bobby() {
        Registered bob = Users.register(api, "bob");
        api.patch("/api/v1/me").token(bob.accessToken()).json(Map.of("displayName", "Bobby")).send();
        return bob;
    }

    @Nested
    class ById {

        @Test
        void showsThePublicProfileWithoutTheEmail() {
            Registered alice = Users.register(api, "alice");
            Registered bob = bobby();

            assertPublicProfileOf(api.get("/api/v1/users/" + bob.id()).token(alice.accessToken()).send(), bob);
        }

        @Test
        void anAbsentUserIsNotFound() {
            Registered alice = Users.register(api, "alice");

            assertProblem(api.get("/api/v1/users/1").token(alice.accessToken()).send(), 404);
        }

        @Test
        void aMalformedIdIsABadRequest() {
            Registered alice = Users.register(api, "alice");

            assertProblem(api.get("/api/v1/users/abc").token(alice.accessToken()).send(), 400);
            assertProblem(api.get("/api/v1/users/-5").token(alice.accessToken()).send(), 400);
            assertProblem(api.get("/api/v1/users/99999999999999999999").token(alice.accessToken()).send(), 400);
        }

        @Test
        void needsAValidAccessToken() {
            Registered bob = Users.register(api, "bob");

            assertProblem(api.get("/api/v1/users/" + bob.id()).send(), 401);
        }
    }

    @Nested
    class ByUsername {

        @Test
        void findsTheUserInAnyCase() {
            Registered alice = Users.register(api, "alice");
            Registered bob = bobby();

            assertPublicProfileOf(api.get("/api/v1/users/by-username/" + bob.username().toUpperCase())
                    .token(alice.accessToken()).send(), bob);
        }

        @Test
        void anAbsentOrImpossibleUsernameIsNotFound() {
            Registered alice = Users.register(api, "alice");

            assertProblem(api.get("/api/v1/users/by-username/" + Users.uniqueUsername("nobody"))
                    .token(alice.accessToken()).send(), 404);
            assertProblem(api.get("/api/v1/users/by-username/" + "x".repeat(40)).token(alice.accessToken()).send(), 404);
        }

        @Test
        void needsAValidAccessToken() {
            assertProblem(api.get("/api/v1/users/by-username/alice").send(), 401);
        }
    }
}
