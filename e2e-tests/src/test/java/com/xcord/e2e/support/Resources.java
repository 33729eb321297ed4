package com.xcord.e2e.support;

import com.xcord.e2e.support.Client.User;
import tools.jackson.databind.JsonNode;

/**
 * What a frontend reads over REST through the gateway, as one user: each resource exactly as its service
 * answers it (an item of a list is the list's item, unchanged), so a dispatch can be compared with it.
 */
public final class Resources {

    private final Http http;

    public Resources(Fleet fleet) {
        this.http = new Http(fleet);
    }

    /** {@code GET /users/{id}}: the public profile anyone signed in sees. */
    public JsonNode user(User as, String userId) {
        return get(as, "/users/" + userId);
    }

    /** {@code GET /relationships}: the item about {@code otherUserId}, as {@code as} sees it. */
    public JsonNode relationship(User as, String otherUserId) {
        return item(get(as, "/relationships").path("items"), "userId", otherUserId, "GET /relationships");
    }

    /** {@code GET /servers/{id}}. */
    public JsonNode server(User as, String serverId) {
        return get(as, "/servers/" + serverId);
    }

    /** {@code GET /servers/{id}/channels}: the items, the channels {@code as} may view. */
    public JsonNode channels(User as, String serverId) {
        return get(as, "/servers/" + serverId + "/channels").path("items");
    }

    public JsonNode channel(User as, String serverId, String channelId) {
        return item(channels(as, serverId), "id", channelId, "GET /servers/" + serverId + "/channels");
    }

    /** {@code GET /servers/{id}/roles}: the items. */
    public JsonNode roles(User as, String serverId) {
        return get(as, "/servers/" + serverId + "/roles").path("items");
    }

    public JsonNode role(User as, String serverId, String roleId) {
        return item(roles(as, serverId), "id", roleId, "GET /servers/" + serverId + "/roles");
    }

    /** The item of {@code GET /servers/{id}/members} about {@code userId}. */
    public JsonNode member(User as, String serverId, String userId) {
        return item(get(as, "/servers/" + serverId + "/members").path("items"), "userId", userId,
                "GET /servers/" + serverId + "/members");
    }

    /** The item of {@code GET /servers/{id}/channels/{chId}/messages} (the latest page) with this id. */
    public JsonNode channelMessage(User as, String serverId, String channelId, String messageId) {
        String path = "/servers/" + serverId + "/channels/" + channelId + "/messages";
        return item(get(as, path).path("items"), "id", messageId, "GET " + path);
    }

    /** {@code GET /dm/conversations/{id}}. */
    public JsonNode conversation(User as, String conversationId) {
        return get(as, "/dm/conversations/" + conversationId);
    }

    /** The item of {@code GET /dm/conversations/{id}/messages} (the latest page) with this id. */
    public JsonNode dmMessage(User as, String conversationId, String messageId) {
        String path = "/dm/conversations/" + conversationId + "/messages";
        return item(get(as, path).path("items"), "id", messageId, "GET " + path);
    }

    /** The item of {@code GET /dm/unread}'s {@code conversations} for this conversation (listed while it has unread messages). */
    public JsonNode unread(User as, String conversationId) {
        return item(get(as, "/dm/unread").path("conversations"), "conversationId", conversationId, "GET /dm/unread");
    }

    /** {@code GET /posts/{id}}'s {@code post} (the body also carries the thread's ancestors). */
    public JsonNode post(User as, String postId) {
        return get(as, "/posts/" + postId).path("post");
    }

    private JsonNode get(User as, String path) {
        return http.call("GET", path, as, null, 200);
    }

    private static JsonNode item(JsonNode items, String field, String value, String source) {
        for (JsonNode item : items) {
            if (value.equals(item.path(field).asString())) {
                return item;
            }
        }
        throw new AssertionError(source + " has no item with " + field + " " + value + ": " + items);
    }
}
