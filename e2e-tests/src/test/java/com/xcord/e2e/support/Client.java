package com.xcord.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a frontend does over HTTP, through the gateway only: register, create servers and conversations,
 * send messages. Every call asserts its status, so a broken step fails where it broke.
 */
public final class Client {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger USERS = new AtomicInteger();
    /** Distinct across test runs against the same database (the fleet's schemas outlive a JVM only in dev). */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private final String baseUrl;

    public Client(Fleet fleet) {
        this.baseUrl = fleet.gatewayUrl() + "/api/v1";
    }

    /** A signed-up user: id, access token, the session's refresh token. */
    public record User(String id, String token, String refreshToken, String username) {
    }

    /** Registers a new user whose name starts with {@code name}. */
    public User register(String name) {
        String username = name + "_" + RUN + "_" + USERS.incrementAndGet();
        JsonNode body = call("POST", "/auth/register", null, Map.of(
                "username", username, "email", username + "@example.com", "password", "correct horse battery"), 201);
        return new User(body.path("user").path("id").asString(), body.path("accessToken").asString(),
                body.path("refreshToken").asString(), username);
    }

    /** Ends the user's session (its access token stays valid until it expires; sockets of the session close). */
    public void logout(User user) {
        call("POST", "/auth/logout", null, Map.of("refreshToken", user.refreshToken()), 204);
    }

    /** Creates a server owned by {@code owner}; returns its id. */
    public String createServer(User owner, String name) {
        return call("POST", "/servers", owner, Map.of("name", name), 201).path("id").asString();
    }

    /** The id of the server's first text channel ({@code general}, created with the server). */
    public String firstChannel(User member, String serverId) {
        return call("GET", "/servers/" + serverId + "/channels", member, null, 200).path("items").get(0).path("id").asString();
    }

    public String createChannel(User owner, String serverId, String name) {
        return call("POST", "/servers/" + serverId + "/channels", owner, Map.of("name", name, "type", "text"), 201)
                .path("id").asString();
    }

    /** {@code member} joins {@code serverId} through an invite made by {@code owner}. */
    public void join(User owner, String serverId, User member) {
        String code = call("POST", "/servers/" + serverId + "/invites", owner, Map.of(), 201).path("code").asString();
        call("POST", "/invites/" + code + "/accept", member, null, 200);
    }

    /** A member overwrite on {@code channelId} denying {@code member} the permission bits {@code deny}. */
    public void denyOnChannel(User owner, String serverId, String channelId, User member, long deny) {
        call("PUT", "/servers/" + serverId + "/channels/" + channelId + "/overwrites/" + member.id(), owner,
                Map.of("type", "member", "allow", "0", "deny", Long.toString(deny)), 200);
    }

    public void kick(User owner, String serverId, User member) {
        call("DELETE", "/servers/" + serverId + "/members/" + member.id(), owner, null, 204);
    }

    public String sendChannelMessage(User author, String serverId, String channelId, String content) {
        return call("POST", "/servers/" + serverId + "/channels/" + channelId + "/messages", author,
                Map.of("content", content, "nonce", UUID.randomUUID().toString()), 201).path("id").asString();
    }

    /**
     * A one-to-one conversation between {@code from} and {@code to}. dm-service learns of new users from
     * auth-service's events, so right after registration the other user may not be known yet: retried
     * until it is (bounded).
     */
    public String conversation(User from, User to) {
        return org.awaitility.Awaitility.await("dm-service knows " + to.username())
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    HttpResponse<String> response = send("POST", "/dm/conversations", from,
                            Map.of("participantIds", new String[] {to.id()}));
                    return response.statusCode() == 201 || response.statusCode() == 200
                            ? JSON.readTree(response.body()).path("id").asString() : null;
                }, id -> id != null);
    }

    public String sendDm(User author, String conversationId, String content) {
        return call("POST", "/dm/conversations/" + conversationId + "/messages", author,
                Map.of("content", content, "clientId", UUID.randomUUID().toString()), 201).path("id").asString();
    }

    /** {@code follower} follows {@code author} (auth-service owns the relationship). */
    public void follow(User follower, User author) {
        call("PUT", "/relationships/" + author.id(), follower, Map.of("type", "follow"), 200);
    }

    /** A post on the feed with the given visibility ({@code public}, {@code friends}); returns its id. */
    public String post(User author, String content, String visibility) {
        return call("POST", "/posts", author, Map.of("content", content, "visibility", visibility), 201).path("id").asString();
    }

    private JsonNode call(String method, String path, User as, Object body, int expectedStatus) {
        HttpResponse<String> response = send(method, path, as, body);
        assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, User as, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (as != null) {
            request.header("Authorization", "Bearer " + as.token());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
