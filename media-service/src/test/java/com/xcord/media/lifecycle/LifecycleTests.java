package com.xcord.media.lifecycle;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.events.Topics;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.DmMessageCreatedV2;
import com.xcord.events.dm.DmMessageDeleted;
import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostCreatedV2;
import com.xcord.events.feed.PostDeleted;
import com.xcord.events.media.MediaAttachment;
import com.xcord.events.media.MediaEvents;
import com.xcord.events.server.MessageCreatedV2;
import com.xcord.events.server.MessageDeleted;
import com.xcord.events.server.ServerEvents;
import com.xcord.media.support.IntegrationTest;
import com.xcord.media.support.TestImages;
import com.xcord.servicekit.test.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Orphans are swept, used media are kept until their post or message goes, strays in the bucket are reconciled. */
class LifecycleTests extends IntegrationTest {

    @Autowired
    OrphanSweep sweep;
    @Autowired
    StorageReconciler reconciler;

    private long upload(long owner) {
        return Long.parseLong(uploads.upload(owner, TestImages.png(32, 32), "p.png", "image/png").expect(201).text("id"));
    }

    private static MediaAttachment attachment(long id, long owner) {
        return new MediaAttachment(Long.toString(id), Long.toString(owner), "image", "image/png", 100, "p.png", 32, 32,
                null, null, null, List.of());
    }

    private boolean used(long mediaId) {
        return count("select count(*) from media_usage where media_id = ?", mediaId) > 0;
    }

    @Nested
    class OrphanSweepTests {

        @Test
        void anUploadNeverAttachedWithin24HoursIsDeletedWithItsObjects() {
            long alice = newUser();
            long id = upload(alice);
            sweep.sweep(Instant.now());
            assertThat(mediaRows(alice)).as("younger than 24 h: kept").isEqualTo(1);

            try (EventProbe probe = EventProbe.fromNow(kafka, Topics.MEDIA)) {
                sweep.sweep(Instant.now().plus(Duration.ofHours(25)));

                assertThat(mediaRows(alice)).isZero();
                assertThat(storage.keysOf(id)).isEmpty();
                probe.awaitFirst(MediaEvents.MEDIA_DELETED, d -> d.mediaId().equals(Long.toString(id)));
            }
        }

        @Test
        void mediaAPostUsesIsKeptRefusesDeletionAndIsReleasedWithThePost() {
            long alice = newUser();
            long id = upload(alice);
            long postId = newUser() * 10;
            producers.publish(FeedEvents.POST_CREATED_V2, "feed-service", Long.toString(postId), new PostCreatedV2(
                    Long.toString(postId), Long.toString(alice), "look", List.of(attachment(id, alice)), null, null, null,
                    null, null, "public", List.of(), List.of(), Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> used(id));

            sweep.sweep(Instant.now().plus(Duration.ofHours(25)));
            assertThat(mediaRows(alice)).as("attached: kept past 24 h").isEqualTo(1);
            assertProblem(api.delete("/api/v1/media/" + id).as(alice).send(), 409);

            producers.publish(FeedEvents.POST_DELETED, "feed-service", Long.toString(postId),
                    new PostDeleted(Long.toString(postId), Long.toString(alice), Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> !used(id));
            sweep.sweep(Instant.now());

            assertThat(mediaRows(alice)).as("released by the post's deletion: gone at once").isZero();
            assertThat(storage.keysOf(id)).isEmpty();
        }

        @Test
        void channelAndDirectMessagesHoldAndReleaseTheirAttachments() {
            long alice = newUser();
            long inChannel = upload(alice);
            long inDm = upload(alice);
            long messageId = newUser() * 10 + 1;
            long dmId = newUser() * 10 + 2;
            producers.publish(ServerEvents.MESSAGE_CREATED_V2, "server-service", "1", new MessageCreatedV2("1", "2",
                    Long.toString(messageId), Long.toString(alice), "", List.of(), List.of(), false,
                    List.of(attachment(inChannel, alice)), null, Instant.now()));
            producers.publish(DmEvents.MESSAGE_CREATED_V2, "dm-service", "3", new DmMessageCreatedV2(Long.toString(dmId), "3",
                    Long.toString(alice), "c1", "", List.of(attachment(inDm, alice)), null, List.of(Long.toString(alice)),
                    Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> used(inChannel) && used(inDm));
            assertProblem(api.delete("/api/v1/media/" + inDm).as(alice).send(), 409);

            producers.publish(ServerEvents.MESSAGE_DELETED, "server-service", "1", new MessageDeleted("1", "2",
                    Long.toString(messageId), Long.toString(alice), Long.toString(alice), Instant.now()));
            producers.publish(DmEvents.MESSAGE_DELETED, "dm-service", "3", new DmMessageDeleted(Long.toString(dmId), "3",
                    Long.toString(alice), List.of(Long.toString(alice)), Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> !used(inChannel) && !used(inDm));
            sweep.sweep(Instant.now());

            assertThat(mediaRows(alice)).isZero();
        }

        @Test
        void aPresignedUploadNeverCompletedIsForgotten() {
            long alice = newUser();
            api.post("/api/v1/media/uploads").as(alice)
                    .json(java.util.Map.of("filename", "a.png", "contentType", "image/png", "size", 10)).send().expect(201);

            sweep.sweep(Instant.now().plus(Duration.ofHours(2)));

            assertThat(mediaRows(alice)).isZero();
        }
    }

    @Nested
    class Reconciler {

        @Test
        void objectsWithoutARowAreDeletedOnceOlderThanTheGrace() {
            long alice = newUser();
            long kept = upload(alice);
            String stray = "media/" + (kept + 7) + "/original";
            storage.put(stray, new byte[] {1, 2, 3});

            assertThat(reconciler.reconcile(Instant.now())).as("younger than the grace: an upload in flight").doesNotContain(stray);
            List<String> deleted = reconciler.reconcile(Instant.now().plus(Duration.ofHours(2)));

            assertThat(deleted).contains(stray);
            assertThat(storage.exists(stray)).isFalse();
            assertThat(storage.keysOf(kept)).hasSize(2);
        }
    }
}
