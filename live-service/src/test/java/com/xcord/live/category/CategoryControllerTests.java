package com.xcord.live.category;

import com.xcord.live.support.IntegrationTest;
import com.xcord.servicekit.test.Api;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class CategoryControllerTests extends IntegrationTest {

    @Nested
    class List {

        @Test
        void listsTheSeededCategoriesInOrder() {
            Api.Response response = api.get("/api/v1/live/categories").as(newUser()).send();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().path("items").size()).isGreaterThanOrEqualTo(9);
            assertThat(response.body().path("items").get(0).path("slug").asString()).isEqualTo("just-chatting");
            assertThat(response.body().path("items").get(1).path("id").asString()).isEqualTo("2");
            assertThat(response.body().path("items").get(1).path("name").asString()).isEqualTo("Gaming");
        }

        @Test
        void needsAToken() {
            assertProblem(api.get("/api/v1/live/categories").send(), 401);
        }
    }
}
