package com.xcord.loadtest.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST calls the notification benchmarks make through the gateway: accounts, posts, likes, a server and its
 * messages, and the inbox's reads. Set-up calls block; {@link #sendAsync} does not, so a fixed arrival rate never
 * waits for a slow response.
 */
final class NotificationApi {

    static final String PASSWORD = "load-test-password-1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Account(String userId, String accessToken) {
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    NotificationApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Account register(String username) {
        JsonNode body = call(null, "POST", "/api/v1/auth/register",
                Map.of("username", username, "email", username + "@load.test", "password", PASSWORD), 201);
        return new Account(body.path("user").path("id").asString(), body.path("accessToken").asString());
    }

    String post(Account author, String content) {
        return call(author, "POST", "/api/v1/posts", Map.of("content", content, "visibility", "public"), 201)
                .path("id").asString();
    }

    String createServer(Account owner, String name) {
        return call(owner, "POST", "/api/v1/servers", Map.of("name", name), 201).path("id").asString();
    }

    String firstChannel(Account owner, String serverId) {
        return call(owner, "GET", "/api/v1/servers/" + serverId + "/channels", null, 200).get(0).path("id").asString();
    }

    /** Sends without waiting; completes with the status when the response is complete. */
    CompletableFuture<Integer> sendAsync(Account caller, String method, String path, Map<String, Object> body) {
        return http.sendAsync(request(caller, method, path, body), HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    JsonNode call(Account caller, String method, String path, Map<String, Object> body, int expected) {
        try {
            HttpResponse<String> response = http.send(request(caller, method, path, body),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + baseUrl + path + " (is the fleet up?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(Account caller, String method, String path, Map<String, Object> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (caller != null) {
            request.header("Authorization", "Bearer " + caller.accessToken());
        }
        return request.build();
    }
}
