package com.xcord.loadtest.realtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST calls the delivery benchmark makes through the gateway (DESIGN §3): accounts, a DM conversation per
 * pair, a server with a channel and an invite, and sending messages. Set-up calls block; {@link #postAsync}
 * does not, so that a fixed arrival rate never waits for a slow response.
 */
final class GatewayApi {

    static final String PASSWORD = "load-test-password-1";

    /** Services learn of new users and memberships from Kafka: a call right after may not find them yet. */
    private static final Duration PROJECTION_LAG_ALLOWANCE = Duration.ofSeconds(30);

    private final String baseUrl;
    private final JsonMapper json = JsonMapper.builder().build();
    // HTTP/1.1 as the fleet is deployed; HTTP_2 would add an h2c upgrade attempt to the first request
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    GatewayApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Account(String userId, String username, String accessToken) {
    }

    Account register(String username) {
        JsonNode body = call(null, "/api/v1/auth/register",
                Map.of("username", username, "email", username + "@load.test", "password", PASSWORD), 201);
        return new Account(body.path("user").path("id").asString(), username, body.path("accessToken").asString());
    }

    /** The 1:1 conversation of {@code me} and {@code other}; retried until dm-service knows both users. */
    String openConversation(Account me, Account other) {
        return retryWhileUnknown(() -> call(me, "/api/v1/dm/conversations", Map.of("participantIds", List.of(other.userId())),
                200, 201)).path("id").asString();
    }

    String createServer(Account owner, String name) {
        return retryWhileUnknown(() -> call(owner, "/api/v1/servers", Map.of("name", name), 201)).path("id").asString();
    }

    String createTextChannel(Account owner, String serverId, String name) {
        return call(owner, "/api/v1/servers/" + serverId + "/channels", Map.of("name", name, "type", "text"), 201)
                .path("id").asString();
    }

    /** An invite without a use limit or expiry. */
    String createInvite(Account owner, String serverId) {
        return call(owner, "/api/v1/servers/" + serverId + "/invites", Map.of("maxUses", 0, "maxAgeSeconds", 0), 201)
                .path("code").asString();
    }

    void acceptInvite(Account member, String code) {
        retryWhileUnknown(() -> call(member, "/api/v1/invites/" + code + "/accept", Map.of(), 200));
    }

    /** Sends without waiting; the future completes with the status code when the response is complete. */
    CompletableFuture<Integer> postAsync(Account sender, String path, Map<String, Object> body) {
        return http.sendAsync(request(sender, path, body), HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    private JsonNode call(Account caller, String path, Map<String, Object> body, int... expected) {
        HttpResponse<String> response;
        try {
            response = http.send(request(caller, path, body), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + baseUrl + path + " (is the fleet up?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (int status : expected) {
            if (response.statusCode() == status) {
                return json.readTree(response.body());
            }
        }
        throw new UnexpectedStatus(path, response.statusCode(), response.body());
    }

    private HttpRequest request(Account caller, String path, Map<String, Object> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (caller != null) {
            request.header("Authorization", "Bearer " + caller.accessToken());
        }
        return request.build();
    }

    /** Retries a 400/404 that says the service has not yet consumed the user's (or membership's) event. */
    private static JsonNode retryWhileUnknown(Supplier<JsonNode> call) {
        AtomicReference<UnexpectedStatus> lastRefusal = new AtomicReference<>();
        try {
            return Awaitility.await().atMost(PROJECTION_LAG_ALLOWANCE).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        try {
                            return call.get();
                        } catch (UnexpectedStatus e) {
                            if (e.status != 400 && e.status != 404) {
                                throw e; // a real refusal: no retry
                            }
                            lastRefusal.set(e);
                            return null; // not yet known to the service: ask again
                        }
                    }, Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            throw lastRefusal.get() != null ? lastRefusal.get() : new IllegalStateException(e);
        }
    }

    static final class UnexpectedStatus extends RuntimeException {
        final int status;

        UnexpectedStatus(String path, int status, String body) {
            super("POST " + path + " answered " + status + ": " + body);
            this.status = status;
        }
    }
}
