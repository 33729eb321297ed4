package com.xcord.servicekit.test.openapi;

import com.xcord.servicekit.test.Api;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Fetches a service's OpenAPI document and holds it to the project's documentation rules. */
public final class OpenApiContract {

    /** The {@code @Order} of a module's document test: after every test whose requests it checks. */
    public static final int LAST = Integer.MAX_VALUE;

    /** Where the document is written for Spectral (see docs/conventions.md, "OpenAPI"). */
    public static final Path OUTPUT = Path.of("target", "openapi.json");

    /** {@code GET /v3/api-docs}, also written to {@link #OUTPUT}. */
    public static JsonNode fetch(Api api) {
        Api.Response response = api.get("/v3/api-docs").send();
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        try {
            Files.createDirectories(OUTPUT.getParent());
            Files.writeString(OUTPUT, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response.body();
    }

    private OpenApiContract() {
    }
}
