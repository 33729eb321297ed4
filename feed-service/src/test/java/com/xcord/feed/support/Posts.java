package com.xcord.feed.support;

import com.xcord.servicekit.test.Api;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Named fixtures for posts, written through the API. */
public final class Posts {

    private final Api api;

    Posts(Api api) {
        this.api = api;
    }

    /** A public post by {@code author}; returns its id. */
    public String publicPost(long author, String content) {
        return create(author, Map.of("content", content));
    }

    public String friendsOnly(long author, String content) {
        return create(author, Map.of("content", content, "visibility", "friends"));
    }

    public String inServer(long author, long serverId, String content) {
        return create(author, Map.of("content", content, "serverId", Long.toString(serverId)));
    }

    public String reply(long author, String parentId, String content) {
        return create(author, Map.of("content", content, "replyToId", parentId));
    }

    public String quote(long author, String quotedId, String content) {
        return create(author, Map.of("content", content, "quoteOfId", quotedId));
    }

    public String withMedia(long author, List<String> mediaIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("mediaIds", mediaIds);
        return create(author, body);
    }

    /** Creates a post from a raw body and returns its id (asserting 201). */
    public String create(long author, Map<String, ?> body) {
        Api.Response response = api.post("/api/v1/posts").as(author).json(body).send();
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.text("id");
    }

    public Api.Response get(long viewer, String postId) {
        return api.get("/api/v1/posts/" + postId).as(viewer).send();
    }

    public Api.Response like(long user, String postId) {
        return api.post("/api/v1/posts/" + postId + "/like").as(user).send();
    }

    public Api.Response delete(long user, String postId) {
        return api.delete("/api/v1/posts/" + postId).as(user).send();
    }
}
