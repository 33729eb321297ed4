package com.xcord.e2e.support;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * What a frontend does over HTTP, through the gateway only: register, create servers and conversations,
 * send messages, and change each of them. Every call asserts its status, so a broken step fails where it
 * broke. Reading the resources back is {@link Resources}.
 */
public final class Client {

    private static final AtomicInteger USERS = new AtomicInteger();
    /** Distinct across test runs against the same database (the fleet's schemas outlive a JVM only in dev). */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private final Http http;

    public Client(Fleet fleet) {
        this.http = new Http(fleet);
    }

    /** A signed-up user: id, access token, the session's refresh token. */
    public record User(String id, String token, String refreshToken, String username) {
    }

    /** {@code text} made unique (a UUID appended): what a test looks for in a dispatch is then its own. */
    public static String unique(String text) {
        return text + " " + UUID.randomUUID();
    }

    /** Registers a new user whose name starts with {@code name}. */
    public User register(String name) {
        String username = name + "_" + RUN + "_" + USERS.incrementAndGet();
        JsonNode body = call("POST", "/auth/register", null, Map.of(
                "username", username, "email", username + "@example.com", "password", "correct horse battery"), 201);
        return new User(body.path("user").path("id").asString(), body.path("accessToken").asString(),
                body.path("refreshToken").asString(), username);
    }

    /** Ends the user's session: its access token is refused everywhere within moments; its sockets close. */
    public void logout(User user) {
        call("POST", "/auth/logout", null, Map.of("refreshToken", user.refreshToken()), 204);
    }

    /** Ends every session of the user. */
    public void logoutAll(User user) {
        call("POST", "/auth/logout-all", user, null, 204);
    }

    /** A second session of the same user (another device). */
    public User login(User user) {
        JsonNode body = call("POST", "/auth/login", null, Map.of("login", user.username(),
                "password", "correct horse battery"), 200);
        return new User(user.id(), body.path("accessToken").asString(), body.path("refreshToken").asString(),
                user.username());
    }

    /** The session's next tokens (refresh-token rotation); the old refresh token is spent. */
    public User refresh(User user) {
        JsonNode body = call("POST", "/auth/refresh", null, Map.of("refreshToken", user.refreshToken()), 200);
        return new User(user.id(), body.path("accessToken").asString(), body.path("refreshToken").asString(),
                user.username());
    }

    /** The status {@code user}'s token gets for a call through the gateway (no assertion: for probing). */
    public int status(String method, String path, User user, Object body) {
        return http.send(method, path, user, body).statusCode();
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

    /** A channel message with attachments (media ids announced by {@link Media}); retried until the service knows them. */
    public String sendChannelMessage(User author, String serverId, String channelId, String content,
            List<String> attachments) {
        return sendAttaching("/servers/" + serverId + "/channels/" + channelId + "/messages", author,
                Map.of("content", content, "nonce", UUID.randomUUID().toString(), "attachments", attachments));
    }

    /** A DM with attachments (media ids announced by {@link Media}); retried until dm-service knows them. */
    public String sendDm(User author, String conversationId, String content, List<String> attachments) {
        return sendAttaching("/dm/conversations/" + conversationId + "/messages", author,
                Map.of("content", content, "clientId", UUID.randomUUID().toString(), "attachments", attachments));
    }

    /**
     * A POST attaching media: the owning service learns of it from xcord.media.events, so right after it was
     * announced it may still answer 400 (unknown media): retried until it is known (bounded). A refused request stores
     * nothing, so a retry cannot create twice.
     */
    private String sendAttaching(String path, User author, Map<String, Object> body) {
        return Awaitility.await("the attachments are known at " + path)
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    HttpResponse<String> response = http.send("POST", path, author, body);
                    if (response.statusCode() != 201 && response.statusCode() != 400) {
                        throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
                    }
                    return response.statusCode() == 201
                            ? Http.JSON.readTree(response.body()).path("id").asString() : null;
                }, id -> id != null);
    }

    /**
     * A one-to-one conversation between {@code from} and {@code to}. dm-service learns of new users from
     * auth-service's events, so right after registration the other user may not be known yet: retried
     * until it is (bounded).
     */
    public String conversation(User from, User to) {
        return openConversation(from, Map.of("participantIds", new String[] {to.id()}), to.username());
    }

    /** A group conversation named {@code name} owned by {@code owner}, with {@code others} in it (retried like {@link #conversation}). */
    public String group(User owner, String name, User... others) {
        return openConversation(owner, Map.of("name", name,
                "participantIds", Arrays.stream(others).map(User::id).toArray(String[]::new)), "the group's users");
    }

    /** Renames a group conversation (dm-service answers 204: the conversation is read back for its state). */
    public void renameGroup(User owner, String conversationId, String name) {
        call("PATCH", "/dm/conversations/" + conversationId, owner, Map.of("name", name), 204);
    }

    private String openConversation(User from, Map<String, Object> body, String whom) {
        return Awaitility.await("dm-service knows " + whom)
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    HttpResponse<String> response = http.send("POST", "/dm/conversations", from, body);
                    return response.statusCode() == 201 || response.statusCode() == 200
                            ? Http.JSON.readTree(response.body()).path("id").asString() : null;
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

    /** A post with media (ids announced by {@link Media}); retried until feed-service knows them. */
    public String post(User author, String content, String visibility, List<String> mediaIds) {
        return sendAttaching("/posts", author, Map.of("content", content, "visibility", visibility,
                "mediaIds", mediaIds));
    }

    public void deletePost(User author, String postId) {
        call("DELETE", "/posts/" + postId, author, null, 204);
    }

    // channel messages, channels, servers, roles and members

    public void editChannelMessage(User author, String serverId, String channelId, String messageId, String content) {
        call("PATCH", "/servers/" + serverId + "/channels/" + channelId + "/messages/" + messageId, author,
                Map.of("content", content), 200);
    }

    public void deleteChannelMessage(User author, String serverId, String channelId, String messageId) {
        call("DELETE", "/servers/" + serverId + "/channels/" + channelId + "/messages/" + messageId, author, null, 204);
    }

    /** Changes the channel's fields in {@code patch} (name, topic, position, slowModeSeconds, …). */
    public void updateChannel(User owner, String serverId, String channelId, Map<String, Object> patch) {
        call("PATCH", "/servers/" + serverId + "/channels/" + channelId, owner, patch, 200);
    }

    public void deleteChannel(User owner, String serverId, String channelId) {
        call("DELETE", "/servers/" + serverId + "/channels/" + channelId, owner, null, 204);
    }

    /** Changes the server's fields in {@code patch} (name, description, …). */
    public void updateServer(User owner, String serverId, Map<String, Object> patch) {
        call("PATCH", "/servers/" + serverId, owner, patch, 200);
    }

    public void deleteServer(User owner, String serverId) {
        call("DELETE", "/servers/" + serverId, owner, null, 204);
    }

    /** A role with the decimal permission bitfield {@code permissions}; returns its id. */
    public String createRole(User owner, String serverId, String name, long permissions) {
        return call("POST", "/servers/" + serverId + "/roles", owner,
                Map.of("name", name, "permissions", Long.toString(permissions)), 201).path("id").asString();
    }

    /** Changes the role's fields in {@code patch} (name, permissions, color, mentionable, position). */
    public void updateRole(User owner, String serverId, String roleId, Map<String, Object> patch) {
        call("PATCH", "/servers/" + serverId + "/roles/" + roleId, owner, patch, 200);
    }

    public void deleteRole(User owner, String serverId, String roleId) {
        call("DELETE", "/servers/" + serverId + "/roles/" + roleId, owner, null, 204);
    }

    public void giveRole(User owner, String serverId, User member, String roleId) {
        call("PUT", "/servers/" + serverId + "/members/" + member.id() + "/roles/" + roleId, owner, null, 204);
    }

    // direct messages

    public void editDm(User author, String messageId, String content) {
        call("PATCH", "/dm/messages/" + messageId, author, Map.of("content", content), 200);
    }

    public void deleteDm(User author, String messageId) {
        call("DELETE", "/dm/messages/" + messageId, author, null, 204);
    }

    /** {@code reader} has read the conversation up to {@code messageId}. */
    public void markRead(User reader, String messageId) {
        call("POST", "/dm/messages/" + messageId + "/read", reader, null, 200);
    }

    // the user and their relationships

    /** Changes the caller's profile fields in {@code patch} (displayName, bio, status, …). */
    public void patchMe(User user, Map<String, Object> patch) {
        call("PATCH", "/me", user, patch, 200);
    }

    /** {@code follower} no longer follows {@code author}. */
    public void unfollow(User follower, User author) {
        call("DELETE", "/relationships/" + author.id() + "?type=follow", follower, null, 204);
    }

    // notification-service (and the feed interactions that make notifications)

    public void like(User user, String postId) {
        call("POST", "/posts/" + postId + "/like", user, null, 200);
    }

    public void unlike(User user, String postId) {
        call("DELETE", "/posts/" + postId + "/like", user, null, 200);
    }

    /** The first page of the user's notifications; {@code grouped} one line per group. */
    public JsonNode notifications(User user, boolean grouped) {
        return call("GET", "/notifications?grouped=" + grouped, user, null, 200).path("items");
    }

    public JsonNode unreadNotifications(User user) {
        return call("GET", "/notifications/unread-count", user, null, 200);
    }

    public void readAllNotifications(User user) {
        call("POST", "/notifications/read-all", user, null, 204);
    }

    private JsonNode call(String method, String path, User as, Object body, int expectedStatus) {
        return http.call(method, path, as, body, expectedStatus);
    }
}
