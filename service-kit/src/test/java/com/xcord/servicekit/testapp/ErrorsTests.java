package com.xcord.servicekit.testapp;

import com.xcord.servicekit.test.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import static com.xcord.servicekit.test.ProblemAssertions.assertProblem;
import static com.xcord.servicekit.test.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Every mapped failure is RFC 9457 problem+json without internals. */
class ErrorsTests extends IntegrationTest {

    private final String token = TestTokens.accessToken(newUserId());

    @Nested
    class RequestBody {

        @Test
        void malformedJsonIs400() {
            HttpResponse<String> response = postJson("/api/v1/widgets", token, "{\"name\": ");
            JsonNode problem = assertProblem(response, 400);
            assertThat(problem.path("type").asString()).endsWith("/malformed-body");
        }

        @Test
        void trailingGarbageIs400() {
            assertProblem(postJson("/api/v1/widgets", token, "{\"name\": \"a\"} {"), 400);
        }

        @Test
        void wrongContentTypeIs415() {
            HttpResponse<String> response = send(authorized("/api/v1/widgets", token)
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("name=x")));
            assertProblem(response, 415);
        }

        @Test
        void bodyOverOneMebibyteIs413() {
            HttpResponse<String> response = postJson("/api/v1/widgets", token, bigJson());
            assertProblem(response, 413);
        }

        @Test
        void chunkedBodyOverOneMebibyteIs413() {
            byte[] body = bigJson().getBytes();
            HttpResponse<String> response = send(authorized("/api/v1/widgets", token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
            assertProblem(response, 413);
        }

        @Test
        void chunkedBodyOverOneMebibyteIs413AlsoWithIdempotencyKey() {
            byte[] body = bigJson().getBytes();
            HttpResponse<String> response = send(authorized("/api/v1/widgets", token)
                    .header("Content-Type", "application/json").header("Idempotency-Key", "big-" + newUserId())
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
            assertProblem(response, 413);
        }

        @Test
        void beanValidationIs400WithFieldErrors() {
            HttpResponse<String> response = postJson("/api/v1/widgets", token,
                    "{\"name\": \"\", \"description\": \"" + "x".repeat(201) + "\"}");
            assertValidationProblem(response, "name", "description");
        }

        private static String bigJson() {
            char[] filler = new char[1024 * 1024 + 10];
            Arrays.fill(filler, 'x');
            return "{\"name\": \"" + new String(filler) + "\"}";
        }
    }

    /** NUL and lone surrogates are refused at the edge, wherever they are, naming the field. */
    @Nested
    class StorableText {

        private static final String MESSAGE = "must not contain NUL or unpaired surrogate characters";

        @Test
        void nulInAStoredFieldIs400AndStoresNothing() {
            long user = newUserId();
            HttpResponse<String> response = postJson("/api/v1/widgets", TestTokens.accessToken(user),
                    "{\"name\": \"a\\u0000b\"}");
            JsonNode problem = assertValidationProblem(response, "name");
            assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo(MESSAGE);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM widget WHERE owner_id = ?", Integer.class, user))
                    .isZero();
        }

        @Test
        void loneSurrogatesAre400() {
            assertValidationProblem(postJson("/api/v1/widgets", token, "{\"name\": \"a\\ud800b\"}"), "name");
            assertValidationProblem(postJson("/api/v1/widgets", token, "{\"name\": \"\\udc00\"}"), "name");
            assertValidationProblem(postJson("/api/v1/widgets", token, "{\"name\": \"x\\ud83d\"}"), "name");
        }

        @Test
        void nestedListsAndMapsAreCheckedKeysIncluded() {
            HttpResponse<String> response = postJson("/api/v1/widgets/assemblies", token, """
                    {"name": "ok", "parts": [{"text": "fine"}, {"text": "bad\\u0000"}],
                     "labels": {"colour": "\\udfff", "k\\u0000": "v"}}""");
            assertValidationProblem(response, "parts[1].text", "labels.colour", "labels");
        }

        @Test
        void surrogatePairsAndOrdinaryControlCharactersPass() {
            HttpResponse<String> response = postJson("/api/v1/widgets/assemblies", token,
                    "{\"name\": \"\\ud83d\\ude00 \u00e9\\t\", \"parts\": [], \"labels\": {}}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\uD83D\uDE00");
        }

        @Test
        void queryParametersAndPathVariablesAreChecked() {
            assertValidationProblem(get("/api/v1/widgets/named/w?note=a%00b", token), "note");
            assertThat(get("/api/v1/widgets/named/w?note=fine", token).statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class Routing {

        @Test
        void unknownRouteIs404() {
            assertProblem(get("/api/v1/nothing-here", token), 404);
        }

        @Test
        void wrongMethodIs405() {
            HttpResponse<String> response = send(authorized("/api/v1/me", token).DELETE());
            assertProblem(response, 405);
            assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow)
                    .contains("GET"));
        }

        @Test
        void badPathParameterIs400() {
            JsonNode problem = assertProblem(get("/api/v1/widgets/not-a-number", token), 400);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("id");
        }

        @Test
        void constraintViolationOnQueryParameterIs400() {
            assertValidationProblem(get("/api/v1/widgets/count?max=5000", token), "max");
        }

        @Test
        void badQueryParameterTypeIs400() {
            assertProblem(get("/api/v1/widgets/count?max=lots", token), 400);
        }

        @Test
        void missingQueryParameterIs400() {
            assertProblem(get("/api/v1/widgets/count", token), 400);
        }
    }

    @Nested
    class Domain {

        @Test
        void notFoundExceptionIs404() {
            assertProblem(get("/api/v1/widgets/12345", token), 404);
        }

        @Test
        void unexpectedExceptionIs500WithGenericDetail() {
            JsonNode problem = assertProblem(get("/api/v1/boom", token), 500);
            assertThat(problem.path("detail").asString()).doesNotContain("secret");
        }

        @Test
        void duplicateKeyIs409() {
            jdbc.update("DELETE FROM widget WHERE id IN (1, 2) OR name = 'dup'");
            assertProblem(postJson("/api/v1/widgets/duplicate-name", token, "{}"), 409);
        }
    }

    @Nested
    class Paging {

        @Test
        void pagesWithCursor() {
            long user = newUserId();
            String mine = TestTokens.accessToken(user);
            for (int i = 0; i < 3; i++) {
                assertThat(postJson("/api/v1/widgets", mine, "{\"name\": \"page-" + user + "-" + i + "\"}")
                        .statusCode()).isEqualTo(201);
            }
            HttpResponse<String> first = get("/api/v1/widgets?limit=2", mine);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("\"nextCursor\":\"").contains("page-" + user + "-2")
                    .contains("page-" + user + "-1").doesNotContain("page-" + user + "-0");
            String cursor = first.body().replaceAll(".*\"nextCursor\":\"(\\d+)\".*", "$1");
            HttpResponse<String> second = get("/api/v1/widgets?limit=2&before=" + cursor, mine);
            assertThat(second.body()).contains("page-" + user + "-0").contains("\"nextCursor\":null");
        }

        @Test
        void limitOutOfRangeIs400() {
            assertValidationProblem(get("/api/v1/widgets?limit=101", token), "limit");
            assertValidationProblem(get("/api/v1/widgets?limit=0", token), "limit");
            assertValidationProblem(get("/api/v1/widgets?limit=ten", token), "limit");
        }

        @Test
        void garbageCursorIs400() {
            assertValidationProblem(get("/api/v1/widgets?before=abc", token), "before");
        }

        @Test
        void twoCursorsAre400() {
            assertProblem(get("/api/v1/widgets?before=5&after=3", token), 400);
        }
    }
}
