package com.xcord.feed.post;

import com.xcord.events.Topics;
import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostCreatedV2;
import com.xcord.events.media.MediaAttachment;
import com.xcord.feed.support.IntegrationTest;
import com.xcord.feed.support.World;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.EventProbe;
import com.xcord.servicekit.test.TestMedia;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts with media: the author's own ready media (as media-service announced it on {@code xcord.media.events}) is
 * shown as media objects in REST and in post.created v2; anything else is a 400 naming the field, nothing stored.
 */
class PostMediaTests extends IntegrationTest {

    private long postsBy(long author) {
        return count("SELECT count(*) FROM posts WHERE author_id = ?", author);
    }

    @Test
    void ownReadyMediaIsShownAsMediaObjects_inThePostTheTimelineAndTheEvent() {
        long alice = World.newUserId();
        MediaAttachment photo = media().readyImage(alice);
        MediaAttachment pdf = media().ready(TestMedia.file(alice), "attachment");

        try (EventProbe events = EventProbe.fromStart(kafka, Topics.FEED)) {
            Api.Response created = api.post("/api/v1/posts").as(alice)
                    .json(Map.of("content", "look", "mediaIds", List.of(photo.id(), pdf.id()))).send().expect(201);
            String id = created.text("id");

            JsonNode media = created.body().path("media");
            assertThat(media.size()).isEqualTo(2);
            assertThat(media.get(0).path("id").asString()).isEqualTo(photo.id());
            assertThat(media.get(0).path("status").asString()).isEqualTo("ready");
            assertThat(media.get(0).path("blurhash").asString()).isEqualTo(photo.blurhash());
            assertThat(media.get(0).path("variants").path("small").path("url").asString())
                    .isEqualTo("/api/v1/media/" + photo.id() + "/content?variant=small");
            assertThat(media.get(1).path("kind").asString()).isEqualTo("file");
            assertThat(media.get(1).has("width")).isFalse();
            assertThat(api.get("/api/v1/users/" + alice + "/posts").as(alice).send().expect(200).body()
                    .path("items").get(0).path("post").path("media")).isEqualTo(media);

            PostCreatedV2 event = events.awaitFirst(FeedEvents.POST_CREATED_V2, p -> p.postId().equals(id)).data();
            assertThat(event.media()).containsExactly(photo, pdf);
        }
    }

    @Test
    void someoneElsesUnknownFailedOrDeletedMediaIs400NamingEachField_andNothingIsStored() {
        long alice = World.newUserId();
        MediaAttachment mine = media().readyImage(alice);
        MediaAttachment bobs = media().readyImage(World.newUserId());
        String failed = media().failed(alice);
        MediaAttachment gone = media().readyImage(alice);
        media().deleted(gone);

        Api.Response refused = api.post("/api/v1/posts").as(alice).json(Map.of("content", "x",
                "mediaIds", List.of(bobs.id(), mine.id(), TestMedia.unknownId(), failed))).send();
        assertFieldErrors(refused,
                "mediaIds[0]: must be media you uploaded",
                "mediaIds[2]: unknown media, or not processed yet",
                "mediaIds[3]: media processing failed");
        assertFieldError(api.post("/api/v1/posts").as(alice).json(Map.of("mediaIds", List.of(gone.id()))).send(),
                "mediaIds[0]");
        List<String> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(media().readyImage(alice).id());
        }
        assertFieldError(api.post("/api/v1/posts").as(alice).json(Map.of("mediaIds", five)).send(), "mediaIds");

        assertThat(postsBy(alice)).isZero();
    }
}
