package com.xcord.auth.relationship;

import com.xcord.auth.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** {@code PUT} with a JSON body, answered as an {@link Api.Response} (the shared {@link Api} has no PUT). */
final class PutRequests {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param accessToken null for no {@code Authorization} header */
    static Api.Response put(int port, String path, String accessToken, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", Api.randomIp())
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("PUT " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return Api.JSON.readTree(raw);
        } catch (RuntimeException e) {
            return NullNode.getInstance();
        }
    }

    private PutRequests() {
    }
}
