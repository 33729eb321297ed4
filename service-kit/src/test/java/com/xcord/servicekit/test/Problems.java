package com.xcord.servicekit.test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on RFC 9457 problem responses received through {@link Api}. */
public final class Problems {

    /**
     * The response is an {@code application/problem+json} with this status, {@code type},
     * {@code title} and {@code status} members, and nothing that leaks internals.
     */
    public static Api.Response assertProblem(Api.Response response, int status) {
        ProblemAssertions.assertProblem(response.status(), response.contentType(), response.raw(), status);
        return response;
    }

    /** A 400 whose {@code errors} name the field (among others, perhaps). */
    public static Api.Response assertFieldError(Api.Response response, String field) {
        assertProblem(response, 400);
        assertThat(ProblemAssertions.fieldsOf(response.body())).as(response.raw()).contains(field);
        return response;
    }

    /**
     * A validation 400 whose {@code errors} are exactly these, as {@code "field: message"} (any order): every bad
     * field reported at once, each with its message.
     */
    public static Api.Response assertFieldErrors(Api.Response response, String... fieldColonMessage) {
        assertProblem(response, 400);
        List<String> errors = new ArrayList<>();
        response.body().path("errors")
                .forEach(e -> errors.add(e.path("field").asString() + ": " + e.path("message").asString()));
        assertThat(errors).as(response.raw()).containsExactlyInAnyOrder(fieldColonMessage);
        return response;
    }

    private Problems() {
    }
}
