package com.xcord.notification.support;

import com.xcord.servicekit.test.Api;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import org.awaitility.Awaitility;

/** The inbox as its owner reads it, through the API. */
public final class Notifications {

    private final Api api;

    Notifications(Api api) {
        this.api = api;
    }

    /** The user's notifications (first page, newest first). */
    public List<JsonNode> of(long userId) {
        return items(api.get("/api/v1/notifications?limit=100").as(userId).send());
    }

    public List<JsonNode> grouped(long userId) {
        return items(api.get("/api/v1/notifications?grouped=true&limit=100").as(userId).send());
    }

    public int unread(long userId) {
        Api.Response response = api.get("/api/v1/notifications/unread-count").as(userId).send();
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("unreadCount").asInt();
    }

    /** Waits until the user has a notification matching, and returns it. */
    public JsonNode await(long userId, Predicate<JsonNode> matching) {
        List<JsonNode> found = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25)).until(() -> {
            found.clear();
            of(userId).stream().filter(matching).forEach(found::add);
            return !found.isEmpty();
        });
        return found.get(0);
    }

    /** Waits until the user has exactly {@code n} notifications. */
    public List<JsonNode> awaitCount(long userId, int n) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25)).until(() -> of(userId).size() == n);
        return of(userId);
    }

    public static Predicate<JsonNode> ofType(String type) {
        return n -> type.equals(n.path("type").asString());
    }

    public static Predicate<JsonNode> about(long subjectId) {
        return n -> Long.toString(subjectId).equals(n.path("subject").path("id").asString());
    }

    private static List<JsonNode> items(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.body().path("items").forEach(items::add);
        return items;
    }
}
