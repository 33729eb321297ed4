package com.xcord.live.stream;

import com.xcord.events.Topics;
import com.xcord.events.live.LiveEvents;
import com.xcord.events.live.StreamUpdated;
import com.xcord.live.support.IntegrationTest;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.EventProbe;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static com.xcord.servicekit.test.Problems.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

class StreamControllerTests extends IntegrationTest {

    private String goLive(long streamer) {
        return ingest.onPublish(streams.key(streamer), Long.toString(streamer)).headers().firstValue("Location")
                .orElseThrow();
    }

    @Nested
    class Prepare {

        @Test
        void preparesAnIdleStreamAndASecondPostUpdatesIt() {
            long streamer = newUser();
            Api.Response created = api.post("/api/v1/live/streams").as(streamer)
                    .json(Map.of("title", "  Morning coffee ", "categoryId", "1")).send();

            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            assertThat(created.text("status")).isEqualTo("idle");
            assertThat(created.text("title")).isEqualTo("Morning coffee");
            assertThat(created.body().path("category").path("slug").asString()).isEqualTo("just-chatting");
            assertThat(created.body().path("playbackUrl").isNull()).isTrue();
            assertThat(created.text("userId")).isEqualTo(Long.toString(streamer));

            Api.Response again = api.post("/api/v1/live/streams").as(streamer).json(Map.of("title", "Evening")).send();
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.text("id")).isEqualTo(created.text("id"));
            assertThat(count("SELECT count(*) FROM stream WHERE user_id = ?", streamer)).isEqualTo(1);
        }

        @Test
        void refusesBadInputAndStoresNothing() {
            long streamer = newUser();
            assertFieldError(api.post("/api/v1/live/streams").as(streamer).json(Map.of("title", " ")).send(),
                    "title");
            assertFieldError(api.post("/api/v1/live/streams").as(streamer)
                    .json(Map.of("title", "x".repeat(141))).send(), "title");
            assertFieldError(api.post("/api/v1/live/streams").as(streamer)
                    .json(Map.of("title", "ok", "categoryId", "999")).send(), "categoryId");
            assertFieldError(api.post("/api/v1/live/streams").as(streamer)
                    .json(Map.of("title", "ok", "serverId", "5")).send(), "serverId");
            assertThat(count("SELECT count(*) FROM stream WHERE user_id = ?", streamer)).isZero();
        }

        @Test
        void isAConflictWhileLive() {
            long streamer = newUser();
            goLive(streamer);

            assertProblem(api.post("/api/v1/live/streams").as(streamer).json(Map.of("title", "x")).send(), 409);
        }

        @Test
        void needsAToken() {
            assertProblem(api.post("/api/v1/live/streams").json(Map.of("title", "x")).send(), 401);
        }
    }

    @Nested
    class Get {

        @Test
        void showsAnyoneTheStream() {
            long streamId = streams.prepare(newUser());

            Api.Response response = api.get("/api/v1/live/streams/" + streamId).as(newUser()).send();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text("id")).isEqualTo(Long.toString(streamId));
            assertThat(response.body().path("viewerCount").asInt()).isZero();
        }

        @Test
        void unknownOrMalformedIds() {
            assertProblem(api.get("/api/v1/live/streams/12345").as(newUser()).send(), 404);
            assertProblem(api.get("/api/v1/live/streams/abc").as(newUser()).send(), 400);
        }

        @Test
        void needsAToken() {
            assertProblem(api.get("/api/v1/live/streams/1").send(), 401);
        }
    }

    @Nested
    class Update {

        @Test
        void theStreamerChangesTitleCategoryAndSlowModeAndItIsAnnounced() {
            long streamer = newUser();
            long streamId = streams.prepare(streamer);
            try (EventProbe probe = EventProbe.fromNow(kafka, Topics.LIVE)) {
                Api.Response response = api.patch("/api/v1/live/streams/" + streamId).as(streamer)
                        .json(Map.of("title", "New title", "categoryId", "3", "slowModeSeconds", 5)).send();

                assertThat(response.status()).as(response.raw()).isEqualTo(200);
                assertThat(response.text("title")).isEqualTo("New title");
                assertThat(response.body().path("slowModeSeconds").asInt()).isEqualTo(5);
                StreamUpdated updated = probe.awaitFirst(LiveEvents.STREAM_UPDATED,
                        u -> u.streamId().equals(Long.toString(streamId))).data();
                assertThat(updated.category()).isEqualTo("Music");
                assertThat(updated.slowModeSeconds()).isEqualTo(5);
            }
        }

        @Test
        void refusesBadInput() {
            long streamer = newUser();
            long streamId = streams.prepare(streamer);
            String path = "/api/v1/live/streams/" + streamId;
            assertFieldError(api.patch(path).as(streamer).json(Map.of("slowModeSeconds", -1)).send(),
                    "slowModeSeconds");
            assertFieldError(api.patch(path).as(streamer).json(Map.of("slowModeSeconds", 100000)).send(),
                    "slowModeSeconds");
            assertFieldError(api.patch(path).as(streamer).json(Map.of("title", " ")).send(), "title");
            assertFieldError(api.patch(path).as(streamer).json(Map.of("title", 5)).send(), "title");
            assertThat(streams.get(streamId).text("title")).isEqualTo("Speedrun");
        }

        @Test
        void someoneElsesStreamIsForbiddenAndAnEndedOneAConflict() {
            long streamer = newUser();
            long streamId = streams.prepare(streamer);
            String path = "/api/v1/live/streams/" + streamId;
            assertProblem(api.patch(path).as(newUser()).json(Map.of("title", "mine")).send(), 403);
            assertProblem(api.patch("/api/v1/live/streams/424242").as(streamer).json(Map.of("title", "x")).send(), 404);

            api.post(path + "/end").as(streamer).send();
            assertProblem(api.patch(path).as(streamer).json(Map.of("title", "again")).send(), 409);
        }

        @Test
        void needsAToken() {
            assertProblem(api.patch("/api/v1/live/streams/1").json(Map.of("title", "x")).send(), 401);
        }
    }

    @Nested
    class End {

        @Test
        void theStreamerEndsTheirLiveStream() {
            long streamer = newUser();
            String id = goLive(streamer);

            Api.Response response = api.post("/api/v1/live/streams/" + id + "/end").as(streamer).send();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text("status")).isEqualTo("ended");
            assertThat(response.text("endedAt")).isNotNull();
            assertProblem(api.post("/api/v1/live/streams/" + id + "/end").as(streamer).send(), 409);
        }

        @Test
        void someoneElseCannot() {
            String id = goLive(newUser());

            assertProblem(api.post("/api/v1/live/streams/" + id + "/end").as(newUser()).send(), 403);
            assertProblem(api.post("/api/v1/live/streams/7777/end").as(newUser()).send(), 404);
            assertThat(streams.status(Long.parseLong(id))).isEqualTo("live");
        }

        @Test
        void needsAToken() {
            assertProblem(api.post("/api/v1/live/streams/1/end").send(), 401);
        }
    }

    @Nested
    class ListLive {

        @Test
        void listsLiveStreamsByViewersAndFiltersByCategory() {
            long a = newUser();
            long b = newUser();
            streams.prepare(a, "A", "4");
            streams.prepare(b, "B", "4");
            String first = goLive(a);
            String second = goLive(b);
            db.sql("UPDATE stream SET viewer_count = 50 WHERE id = ?").params(Long.parseLong(second)).update();
            db.sql("UPDATE stream SET viewer_count = 10 WHERE id = ?").params(Long.parseLong(first)).update();

            Api.Response art = api.get("/api/v1/live/streams?category=art").as(newUser()).send();

            assertThat(art.status()).isEqualTo(200);
            assertThat(art.body().path("items").findValuesAsString("id")).containsSubsequence(second, first);
            assertThat(api.get("/api/v1/live/streams?category=4&status=live").as(newUser()).send()
                    .body().path("items").findValuesAsString("id")).contains(first, second);
            assertThat(api.get("/api/v1/live/streams?category=1").as(newUser()).send()
                    .body().path("items").findValuesAsString("id")).doesNotContain(first, second);
        }

        @Test
        void refusesBadFilters() {
            long me = newUser();
            assertFieldError(api.get("/api/v1/live/streams?category=nope").as(me).send(), "category");
            assertFieldError(api.get("/api/v1/live/streams?status=ended").as(me).send(), "status");
            assertFieldError(api.get("/api/v1/live/streams?limit=0").as(me).send(), "limit");
        }

        @Test
        void needsAToken() {
            assertProblem(api.get("/api/v1/live/streams").send(), 401);
        }
    }

    @Nested
    class UserLive {

        @Test
        void isTheUsersLiveStreamOr404() {
            long streamer = newUser();
            streams.prepare(streamer);
            assertProblem(api.get("/api/v1/users/" + streamer + "/live").as(newUser()).send(), 404);

            String id = goLive(streamer);

            assertThat(api.get("/api/v1/users/" + streamer + "/live").as(newUser()).send().text("id")).isEqualTo(id);
            assertProblem(api.get("/api/v1/users/x/live").as(newUser()).send(), 400);
        }

        @Test
        void needsAToken() {
            assertProblem(api.get("/api/v1/users/1/live").send(), 401);
        }
    }
}
