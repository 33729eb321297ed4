package com.xcord.live.support;

import com.xcord.servicekit.test.Api;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Named fixtures for keys and streams, made through the API. */
public final class Streams {

    private final Api api;

    Streams(Api api) {
        this.api = api;
    }

    /** The user's stream key (created on first reveal). */
    public String key(long userId) {
        Api.Response response = api.get("/api/v1/live/stream-key").as(userId).send();
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.text("streamKey");
    }

    public String rotateKey(long userId) {
        Api.Response response = api.post("/api/v1/live/stream-key/rotate").as(userId).send();
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.text("streamKey");
    }

    /** The user's next stream, prepared with a title (and a category id, or null). */
    public long prepare(long userId, String title, String categoryId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        if (categoryId != null) {
            body.put("categoryId", categoryId);
        }
        Api.Response response = api.post("/api/v1/live/streams").as(userId).json(body).send();
        assertThat(response.status()).as(response.raw()).isIn(200, 201);
        return Long.parseLong(response.text("id"));
    }

    public long prepare(long userId) {
        return prepare(userId, "Speedrun", "2");
    }

    public Api.Response get(long streamId) {
        return api.get("/api/v1/live/streams/" + streamId).as(1L).send();
    }

    public String status(long streamId) {
        return get(streamId).text("status");
    }
}
