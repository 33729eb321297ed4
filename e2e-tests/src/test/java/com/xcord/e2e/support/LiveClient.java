package com.xcord.e2e.support;

import com.xcord.e2e.support.Client.User;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** live-service through the gateway, as a frontend calls it. */
public final class LiveClient {

    private final Http http;

    public LiveClient(Fleet fleet) {
        this.http = new Http(fleet);
    }

    public String streamKey(User streamer) {
        return http.call("GET", "/live/stream-key", streamer, null, 200).path("streamKey").asString();
    }

    public String rotateKey(User streamer) {
        return http.call("POST", "/live/stream-key/rotate", streamer, null, 200).path("streamKey").asString();
    }

    /** Prepares the streamer's next stream; its id. */
    public String prepare(User streamer, String title) {
        HttpResponse<String> response = http.send("POST", "/live/streams", streamer, Map.of("title", title));
        return Http.JSON.readTree(response.body()).path("id").asString();
    }

    public JsonNode stream(User as, String streamId) {
        return http.call("GET", "/live/streams/" + streamId, as, null, 200);
    }

    public void update(User streamer, String streamId, Map<String, Object> changes) {
        http.call("PATCH", "/live/streams/" + streamId, streamer, changes, 200);
    }

    public void end(User streamer, String streamId) {
        http.call("POST", "/live/streams/" + streamId + "/end", streamer, null, 200);
    }

    /** Writes in the stream's chat; the status and body as answered. */
    public HttpResponse<String> say(User author, String streamId, String content, String nonce) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", content);
        if (nonce != null) {
            body.put("nonce", nonce);
        }
        return http.send("POST", "/live/streams/" + streamId + "/chat", author, body);
    }

    public String sayOk(User author, String streamId, String content) {
        HttpResponse<String> response = say(author, streamId, content, null);
        if (response.statusCode() != 201) {
            throw new AssertionError("chat message refused: " + response.statusCode() + " " + response.body());
        }
        return Http.JSON.readTree(response.body()).path("id").asString();
    }

    public void deleteMessage(User moderator, String streamId, String messageId) {
        http.call("DELETE", "/live/streams/" + streamId + "/chat/" + messageId, moderator, null, 204);
    }

    public void appointModerator(User streamer, User moderator) {
        http.call("PUT", "/live/moderators/" + moderator.id(), streamer, null, 204);
    }

    public void ban(User moderator, String streamId, User banned) {
        http.call("PUT", "/live/streams/" + streamId + "/bans/" + banned.id(), moderator, null, 204);
    }
}
