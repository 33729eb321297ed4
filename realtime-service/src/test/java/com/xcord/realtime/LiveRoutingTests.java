package com.xcord.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.events.live.LiveChatMessageCreated;
import com.xcord.events.live.LiveChatMessageDeleted;
import com.xcord.events.live.LiveEvents;
import com.xcord.events.live.StreamEndedV2;
import com.xcord.events.live.StreamStarted;
import com.xcord.events.live.StreamUpdated;
import com.xcord.events.live.ViewerCountChanged;
import com.xcord.realtime.support.Events;
import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * live-service's events reach the sockets SUBSCRIBEd to the stream ({@code stream: live}) and nobody else, as the
 * views of live-service's resources; a subscribed socket makes its user a viewer in Redis, once, until it leaves.
 */
class LiveRoutingTests extends RealtimeTestBase {

    @Autowired
    private ReactiveStringRedisTemplate redis;

    @Test
    void streamChatAndViewerCountEventsReachTheStreamsSubscribersOnly() {
        String streamer = World.user("streamer");
        String viewer = World.user("viewer");
        String bystander = World.user("bystander");
        String streamId = Long.toString(Events.newId());
        WsClient watching = online(viewer);
        watching.subscribe("live", streamId);
        watching.sync();
        WsClient notWatching = online(bystander);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Events.publishAsOutbox(LiveEvents.STREAM_STARTED, streamId,
                new StreamStarted(streamId, streamer, "Speedrun", "Gaming", null, now));
        JsonNode start = watching.awaitDispatch("STREAM_START", d -> text(d, "id").equals(streamId)).path("d");
        assertThat(text(start, "userId")).isEqualTo(streamer);
        assertThat(text(start, "title")).isEqualTo("Speedrun");
        assertThat(text(start, "status")).isEqualTo("live");

        String message = Long.toString(Events.newId());
        Events.publishAsOutbox(LiveEvents.CHAT_MESSAGE_CREATED, streamId,
                new LiveChatMessageCreated(message, streamId, viewer, "gg", "n-1", now));
        JsonNode chat = watching.awaitDispatch("LIVE_CHAT_MESSAGE", d -> text(d, "id").equals(message)).path("d");
        assertThat(text(chat, "content")).isEqualTo("gg");
        assertThat(text(chat, "authorId")).isEqualTo(viewer);
        assertThat(text(chat, "nonce")).isEqualTo("n-1");

        Events.publishAsOutbox(LiveEvents.CHAT_MESSAGE_DELETED, streamId,
                new LiveChatMessageDeleted(message, streamId, streamer, now));
        watching.awaitDispatch("LIVE_CHAT_MESSAGE_DELETE", d -> text(d, "id").equals(message));
        Events.publishAsOutbox(LiveEvents.VIEWER_COUNT_CHANGED, streamId, new ViewerCountChanged(streamId, 7, 9, now));
        JsonNode count = watching.awaitDispatch("VIEWER_COUNT", d -> text(d, "streamId").equals(streamId)).path("d");
        assertThat(count.path("viewerCount").asInt()).isEqualTo(7);
        assertThat(count.path("peakViewers").asInt()).isEqualTo(9);
        Events.publishAsOutbox(LiveEvents.STREAM_UPDATED, streamId,
                new StreamUpdated(streamId, streamer, "Any%", "Gaming", 10, now));
        watching.awaitDispatch("STREAM_UPDATE", d -> d.path("slowModeSeconds").asInt() == 10);
        Events.publishAsOutbox(LiveEvents.STREAM_ENDED_V2, streamId,
                new StreamEndedV2(streamId, streamer, null, now, now.plusSeconds(60), 60, 9, "unpublished"));
        JsonNode end = watching.awaitDispatch("STREAM_END", d -> text(d, "id").equals(streamId)).path("d");
        assertThat(end.path("durationSeconds").asLong()).isEqualTo(60);

        // a marker after them all, in the same partition (same key), to a stream the bystander does watch: once it
        // is there, anything routed to the bystander's socket before it would be too (one ordered queue per socket)
        String otherStream = Long.toString(Events.newId());
        notWatching.subscribe("live", otherStream);
        notWatching.sync();
        String marker = Long.toString(Events.newId());
        Events.publishAsOutbox(LiveEvents.CHAT_MESSAGE_CREATED, streamId,
                new LiveChatMessageCreated(marker, otherStream, streamer, "marker", null, now));
        notWatching.awaitDispatch("LIVE_CHAT_MESSAGE", d -> text(d, "id").equals(marker));
        for (String type : new String[] {"STREAM_START", "STREAM_UPDATE", "STREAM_END", "VIEWER_COUNT",
                "LIVE_CHAT_MESSAGE_DELETE"}) {
            assertThat(notWatching.dispatches(type)).as(type).isEmpty();
        }
        assertThat(notWatching.dispatches("LIVE_CHAT_MESSAGE")).hasSize(1);
    }

    @Test
    void aSubscribedSocketMakesItsUserAViewerOnceUntilItLeaves() {
        String viewer = World.user("viewer");
        String streamId = Long.toString(Events.newId());
        String key = "xcord:live:viewers:" + streamId;
        WsClient first = online(viewer);
        WsClient second = online(viewer);
        first.subscribe("live", streamId);
        second.subscribe("live", streamId);
        first.sync();
        second.sync();

        await().atMost(Duration.ofSeconds(20)).until(() -> watching(key) == 1);
        assertThat(redis.opsForZSet().range(key, Range.closed(0L, -1L)).collectList().block()).containsExactly(viewer);

        first.close();
        second.unsubscribe("live", streamId);
        second.sync();
        // no longer refreshed: the entry expires (6 s)
        await().atMost(Duration.ofSeconds(20)).until(() -> watching(key) == 0);
    }

    /** Unexpired members, as live-service counts them. */
    private long watching(String key) {
        Long n = redis.opsForZSet().count(key, Range.closed((double) System.currentTimeMillis(), Double.MAX_VALUE))
                .block();
        return n == null ? 0 : n;
    }
}
