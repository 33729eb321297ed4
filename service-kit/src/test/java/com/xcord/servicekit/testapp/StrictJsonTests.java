package com.xcord.servicekit.testapp;

import com.xcord.servicekit.test.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static com.xcord.servicekit.test.ProblemAssertions.assertProblem;
import static com.xcord.servicekit.test.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are bound strictly (issue 12, finding 8): a value of the wrong JSON type, a property the request
 * does not declare, a charset other than UTF-8 and malformed UTF-8 are refused, naming the field where there is one.
 */
class StrictJsonTests extends IntegrationTest {

    private static final String SPECS = "/api/v1/widgets/specs";

    private final String token = TestTokens.accessToken(newUserId());

    private JsonNode refused(String body, String field) {
        JsonNode problem = assertValidationProblem(postJson(SPECS, token, body), field);
        assertThat(problem.path("detail").asString()).contains(field);
        return problem;
    }

    private static String messageOf(JsonNode problem) {
        return problem.path("errors").get(0).path("message").asString();
    }

    @Nested
    class WrongTypes {

        @Test
        void aNumberIsNotAString() {
            assertThat(messageOf(refused("{\"name\": 123}", "name"))).isEqualTo("must be a string");
        }

        @Test
        void aBooleanIsNotAString() {
            refused("{\"name\": true}", "name");
        }

        @Test
        void aStringIsNotANumber() {
            assertThat(messageOf(refused("{\"count\": \"5\"}", "count"))).isEqualTo("must be an integer");
            refused("{\"weight\": \"1.5\"}", "weight");
        }

        @Test
        void aFractionIsNotAnInteger() {
            refused("{\"count\": 1.5}", "count");
        }

        @Test
        void aNumberIsNotABoolean() {
            assertThat(messageOf(refused("{\"active\": 1}", "active"))).isEqualTo("must be true or false");
            refused("{\"active\": \"true\"}", "active");
        }

        @Test
        void aNumberIsNotAnEnumConstant() {
            refused("{\"shade\": 0}", "shade");
        }

        @Test
        void nullIsNotAnInteger() {
            refused("{\"count\": null}", "count");
        }

        @Test
        void aNestedFieldIsNamedByItsPath() {
            refused("{\"parts\": [{\"text\": \"fine\"}, {\"text\": 5}]}", "parts[1].text");
        }

        @Test
        void wellTypedValuesPassAndAnIntegerIsANumber() {
            HttpResponse<String> response = postJson(SPECS, token, """
                    {"name": "n", "count": 2, "active": false, "weight": 2, "shade": "DARK", "parts": [{"text": "t"}]}""");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"weight\":2.0");
        }
    }

    @Nested
    class UnknownProperties {

        @Test
        void anUnknownPropertyIs400AndStoresNothing() {
            long user = newUserId();
            JsonNode problem = assertValidationProblem(postJson("/api/v1/widgets", TestTokens.accessToken(user),
                    "{\"name\": \"w\", \"role\": \"admin\"}"), "role");
            assertThat(messageOf(problem)).isEqualTo("unknown field");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM widget WHERE owner_id = ?", Integer.class, user))
                    .isZero();
        }

        @Test
        void anUnknownNestedPropertyIsNamedByItsPath() {
            refused("{\"parts\": [{\"text\": \"t\", \"colour\": \"red\"}]}", "parts[0].colour");
        }

        @Test
        void aDuplicatedPropertyIs400() {
            assertProblem(postJson(SPECS, token, "{\"name\": \"a\", \"name\": \"b\"}"), 400);
        }
    }

    @Nested
    class Encoding {

        private HttpResponse<String> post(String contentType, byte[] body) {
            return send(authorized(SPECS, token).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        private static byte[] nameWithBytes(int... raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("{\"name\": \"a".getBytes(StandardCharsets.US_ASCII));
            for (int b : raw) {
                out.write(b);
            }
            out.writeBytes("b\"}".getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }

        @Test
        void aCharsetOtherThanUtf8Is415() {
            assertProblem(post("application/json; charset=utf-16", "{\"name\": \"a\"}".getBytes(StandardCharsets.UTF_8)),
                    415);
            assertProblem(post("application/json; charset=iso-8859-1", "{\"name\": \"a\"}".getBytes(StandardCharsets.UTF_8)),
                    415);
        }

        @Test
        void anUnknownCharsetIs415() {
            assertProblem(post("application/json; charset=klingon", "{\"name\": \"a\"}".getBytes(StandardCharsets.UTF_8)),
                    415);
        }

        @Test
        void utf8DeclaredOrNotPasses() {
            byte[] body = "{\"name\": \"caf\u00e9 \uD83D\uDE00\", \"count\": 1}".getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> declared = post("application/json; charset=UTF-8", body);
            assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
            HttpResponse<String> plain = post("application/json", body);
            assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
            assertThat(plain.body()).contains("caf\u00e9 \uD83D\uDE00");
        }

        @Test
        void anOverlongEncodingIs400() {
            JsonNode problem = assertProblem(post("application/json", nameWithBytes(0xC0, 0xAF)), 400);
            assertThat(problem.path("type").asString()).endsWith("/malformed-body");
            assertProblem(post("application/json", nameWithBytes(0xE0, 0x80, 0xAF)), 400);
        }

        @Test
        void anInvalidByteIs400() {
            assertProblem(post("application/json", nameWithBytes(0xFF)), 400);
            assertProblem(post("application/json", nameWithBytes(0x80)), 400);
        }

        @Test
        void anEncodedSurrogateIs400() {
            assertProblem(post("application/json", nameWithBytes(0xED, 0xA0, 0x80)), 400);
        }
    }
}
