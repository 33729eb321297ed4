package com.xcord.servicekit.test;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.client.ExchangeResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that a response is an RFC 9457 problem: the status, {@code application/problem+json},
 * {@code type}/{@code title}/{@code status} members, and nothing that leaks internals (stack
 * frames, exception class names, SQL). Returns the parsed body for further checks.
 */
public final class ProblemAssertions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Fragments that must never appear in a problem body. */
    private static final List<String> LEAKS = List.of("\tat ", "at java.", "at org.", "at com.", "Exception",
            "java.lang", "org.springframework", "org.postgresql", "SQLState", "SELECT ", "INSERT ", "UPDATE ",
            "DELETE ", "stackTrace", "\"trace\"");

    public static JsonNode assertProblem(int actualStatus, String contentType, String body, int expectedStatus) {
        assertThat(actualStatus).as("status (body: %s)", body).isEqualTo(expectedStatus);
        assertThat(contentType).as("Content-Type").isNotNull();
        assertThat(MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("Content-Type %s is application/problem+json", contentType).isTrue();
        for (String leak : LEAKS) {
            assertThat(body).as("problem body must not contain '%s'", leak).doesNotContain(leak);
        }
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("type").asString("")).as("type").isNotBlank();
        assertThat(problem.path("title").asString("")).as("title").isNotBlank();
        assertThat(problem.path("status").asInt()).as("status member").isEqualTo(expectedStatus);
        return problem;
    }

    public static JsonNode assertProblem(HttpResponse<String> response, int expectedStatus) {
        return assertProblem(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body(), expectedStatus);
    }

    public static JsonNode assertProblem(ResponseEntity<String> response, int expectedStatus) {
        MediaType type = response.getHeaders().getContentType();
        return assertProblem(response.getStatusCode().value(), type == null ? null : type.toString(),
                response.getBody() == null ? "" : response.getBody(), expectedStatus);
    }

    /** For {@code RestTestClient} exchanges. */
    public static JsonNode assertProblem(ExchangeResult result, int expectedStatus) {
        MediaType type = result.getResponseHeaders().getContentType();
        return assertProblem(result.getStatus().value(), type == null ? null : type.toString(),
                new String(result.getResponseBodyContent(), StandardCharsets.UTF_8), expectedStatus);
    }

    /** A 400 validation problem naming exactly these fields (in any order) in {@code errors}. */
    public static JsonNode assertValidationProblem(HttpResponse<String> response, String... fields) {
        JsonNode problem = assertProblem(response, 400);
        assertThat(fieldsOf(problem)).containsExactlyInAnyOrder(fields);
        return problem;
    }

    public static List<String> fieldsOf(JsonNode problem) {
        assertThat(problem.path("errors").isArray()).as("errors is an array").isTrue();
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> {
            assertThat(e.path("message").asString("")).as("message of %s", e).isNotBlank();
            fields.add(e.path("field").asString());
        });
        return fields;
    }

    private ProblemAssertions() {
    }
}
