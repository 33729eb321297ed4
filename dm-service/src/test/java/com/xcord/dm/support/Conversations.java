package com.xcord.dm.support;

import com.xcord.servicekit.test.Api;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Named fixtures for conversations and messages, created through the API. */
public final class Conversations {

    private final Api api;

    Conversations(Api api) {
        this.api = api;
    }

    /** The 1:1 between {@code a} and {@code b}, opened by {@code a}. */
    public long direct(long a, long b) {
        Api.Response response = api.post("/api/v1/dm/conversations").as(a)
                .json(Map.of("participantIds", List.of(Long.toString(b)))).send();
        assertThat(response.status()).as(response.raw()).isIn(200, 201);
        return Long.parseLong(response.text("id"));
    }

    /** A group named "crew" owned by {@code owner} with the others in it. */
    public long group(long owner, Long... others) {
        Api.Response response = api.post("/api/v1/dm/conversations").as(owner)
                .json(Map.of("name", "crew", "participantIds", Arrays.stream(others).map(String::valueOf).toList()))
                .send();
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return Long.parseLong(response.text("id"));
    }

    /** {@code sender} posts {@code content} in the conversation; returns the message id. */
    public long send(long sender, long conversationId, String content) {
        Api.Response response = sendRaw(sender, conversationId, content, UUID.randomUUID().toString());
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return Long.parseLong(response.text("id"));
    }

    public Api.Response sendRaw(long sender, long conversationId, String content, String clientId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", content);
        body.put("clientId", clientId);
        return api.post("/api/v1/dm/conversations/" + conversationId + "/messages").as(sender).json(body).send();
    }

    public Api.Response read(long reader, long messageId) {
        Api.Response response = api.post("/api/v1/dm/messages/" + messageId + "/read").as(reader).send();
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }

    /** The caller's view of one conversation. */
    public Api.Response get(long userId, long conversationId) {
        Api.Response response = api.get("/api/v1/dm/conversations/" + conversationId).as(userId).send();
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }

    public int unreadCount(long userId, long conversationId) {
        return get(userId, conversationId).body().path("unreadCount").asInt();
    }
}
