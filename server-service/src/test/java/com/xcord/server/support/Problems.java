package com.xcord.server.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on RFC 9457 problem responses. */
public final class Problems {

    /** The response is an {@code application/problem+json} with this status, and no stack trace in it. */
    public static Api.Response assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.body().path("type").asString()).isNotBlank();
        assertThat(response.body().path("title").asString()).isNotBlank();
        assertThat(response.raw()).doesNotContain("Exception", "\tat ", "SQL");
        return response;
    }

    /** A 400 whose {@code errors} name the field. */
    public static Api.Response assertFieldError(Api.Response response, String field) {
        assertProblem(response, 400);
        assertThat(response.body().path("errors").valueStream().map(e -> e.path("field").asString()))
                .as(response.raw()).contains(field);
        return response;
    }

    private Problems() {
    }
}
