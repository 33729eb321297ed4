package com.xcord.loadtest.realtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * live-service as the live benchmarks drive it: its API on {@code apiUrl} (tokens from {@link LocalTokenIssuer}) and
 * its ingest callbacks on {@code ingestUrl}, form-encoded as nginx-rtmp sends them.
 */
final class LiveService {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String apiUrl;
    private final String ingestUrl;
    private final LocalTokenIssuer tokens;

    LiveService(String apiUrl, String ingestUrl, LocalTokenIssuer tokens) {
        this.apiUrl = apiUrl;
        this.ingestUrl = ingestUrl;
        this.tokens = tokens;
    }

    /** The user's stream key (made on first reveal). */
    String streamKey(String userId) {
        return Frames.string(expect(200, send("GET", "/api/v1/live/stream-key", userId, null)), "streamKey");
    }

    /** A prepared stream of the user; its id. */
    String prepare(String userId, String title) {
        HttpResponse<String> response = send("POST", "/api/v1/live/streams", userId,
                "{\"title\":\"" + title + "\"}");
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException("prepare answered " + response.statusCode() + ": " + response.body());
        }
        return Frames.string(response.body(), "id");
    }

    String stream(String streamId) {
        return expect(200, send("GET", "/api/v1/live/streams/" + streamId, "1", null));
    }

    /** Sends a chat message now; completes with the status. */
    CompletableFuture<Integer> chat(String userId, String streamId, String content) {
        HttpRequest request = request("POST", "/api/v1/live/streams/" + streamId + "/chat", userId,
                "{\"content\":\"" + content + "\"}");
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    /** nginx-rtmp's on_publish; completes with the response (302 and the stream id as Location when accepted). */
    CompletableFuture<HttpResponse<Void>> onPublish(String key, String clientId) {
        return callback("on-publish", "publish", key, clientId);
    }

    CompletableFuture<HttpResponse<Void>> onPublishDone(String key, String clientId) {
        return callback("on-publish-done", "publish_done", key, clientId);
    }

    CompletableFuture<HttpResponse<Void>> onUpdate(String key, String clientId) {
        return callback("on-update", "update_publish", key, clientId);
    }

    private CompletableFuture<HttpResponse<Void>> callback(String path, String call, String key, String clientId) {
        String form = "app=live&flashver=FMLE%2F3.0&tcurl=rtmp%3A%2F%2F127.0.0.1%2Flive&addr=127.0.0.1&type=live&call="
                + call + "&clientid=" + clientId + "&name=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/v1/live/ingest/" + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    private HttpResponse<String> send(String method, String path, String userId, String json) {
        try {
            return HTTP.send(request(method, path, userId, json), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(String method, String path, String userId, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(apiUrl + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + tokens.token(userId))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return builder.build();
    }

    private static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
