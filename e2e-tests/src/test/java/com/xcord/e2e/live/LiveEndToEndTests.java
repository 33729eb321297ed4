package com.xcord.e2e.live;

import static com.xcord.e2e.support.Client.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.e2e.support.Client;
import com.xcord.e2e.support.Client.User;
import com.xcord.e2e.support.EventTopicsOnFailure;
import com.xcord.e2e.support.Fleet;
import com.xcord.e2e.support.LiveClient;
import com.xcord.e2e.support.Sockets;
import com.xcord.realtime.support.WsClient;
import com.xcord.testkit.IngestTools;
import com.xcord.testkit.RtmpIngest;
import com.xcord.testkit.RtmpPublisher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's end-to-end proofs: the real RTMP ingest (nginx-rtmp, provisioned when missing) calling the real
 * live-service, ffmpeg publishing a synthetic stream, and viewers on sockets through the gateway and on both realtime
 * replicas. Stream, chat and viewer-count dispatches reach the stream's subscribers and nobody else.
 */
@ExtendWith(EventTopicsOnFailure.class)
class LiveEndToEndTests {

    private static RtmpIngest ingest;
    private static Path ffmpeg;

    private final Fleet fleet = Fleet.shared();
    private final Client api = new Client(fleet);
    private final LiveClient live = new LiveClient(fleet);
    @RegisterExtension
    final Sockets sockets = new Sockets(fleet);

    @BeforeAll
    static void startIngest() {
        IngestTools.Nginx nginx = IngestTools.provisionNginx();
        ffmpeg = IngestTools.provisionFfmpeg();
        ingest = RtmpIngest.start(nginx, new RtmpIngest.Settings(Path.of("target", "fleet", "rtmp-ingest"), 0, 0,
                Fleet.shared().liveIngestCallbackBase(), Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stopIngest() {
        if (ingest != null) {
            ingest.close();
        }
    }

    @Test
    void aBroadcastItsChatAndItsModerationReachTheSubscribersOnly() {
        User streamer = api.register("streamer");
        User viewer = api.register("viewer");
        User bystander = api.register("bystander");
        User moderator = api.register("mod");
        User troll = api.register("troll");
        String streamId = live.prepare(streamer, "End-to-end");
        WsClient watching = subscribed(viewer, streamId, fleet.gatewaySocket());
        WsClient notWatching = sockets.identified(bystander);

        try (RtmpPublisher encoder = publish(live.streamKey(streamer), 120, "broadcast")) {
            JsonNode start = watching.awaitDispatch("STREAM_START", d -> streamId.equals(d.path("id").asString()));
            assertThat(start.path("d").path("title").asString()).isEqualTo("End-to-end");
            assertThat(live.stream(viewer, streamId).path("status").asString()).isEqualTo("live");

            String hello = unique("hello");
            live.sayOk(viewer, streamId, hello);
            watching.awaitDispatch("LIVE_CHAT_MESSAGE", d -> hello.equals(d.path("content").asString()));

            live.appointModerator(streamer, moderator);
            String spam = live.sayOk(troll, streamId, unique("spam"));
            live.deleteMessage(moderator, streamId, spam);
            watching.awaitDispatch("LIVE_CHAT_MESSAGE_DELETE", d -> spam.equals(d.path("id").asString()));
            live.ban(moderator, streamId, troll);
            assertThat(live.say(troll, streamId, "let me back", null).statusCode()).isEqualTo(403);

            live.update(streamer, streamId, Map.of("slowModeSeconds", 30));
            watching.awaitDispatch("STREAM_UPDATE", d -> d.path("slowModeSeconds").asInt() == 30);
            assertThat(live.say(viewer, streamId, "again", null).statusCode()).isEqualTo(429);

            live.end(streamer, streamId);
            JsonNode end = watching.awaitDispatch("STREAM_END", d -> streamId.equals(d.path("id").asString()));
            assertThat(end.path("d").path("durationSeconds").asLong()).isNotNegative();
            assertThat(encoder.awaitExit(Duration.ofSeconds(10))).as("the encoder is cut: %s", encoder.output())
                    .isNotNull();
        }
        // the bystander's socket got none of it: a DM sent after everything arrives, and nothing live before it
        String marker = unique("marker");
        api.sendDm(streamer, api.conversation(streamer, bystander), marker);
        notWatching.awaitDispatch("DM_MESSAGE_CREATE", d -> marker.equals(d.path("content").asString()));
        for (String type : List.of("STREAM_START", "STREAM_UPDATE", "STREAM_END", "LIVE_CHAT_MESSAGE",
                "LIVE_CHAT_MESSAGE_DELETE", "VIEWER_COUNT")) {
            assertThat(notWatching.dispatches(type)).as("%s reached a socket not subscribed to the stream", type)
                    .isEmpty();
        }
    }

    @Test
    void theViewerCountFollowsSubscribedUsersAcrossReplicasAndDropsThoseWhoLeave() {
        User streamer = api.register("counted");
        String streamId = live.prepare(streamer, "Count me");
        List<User> viewers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            viewers.add(api.register("watcher"));
        }
        try (RtmpPublisher encoder = publish(live.streamKey(streamer), 120, "viewers")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> live.stream(streamer, streamId).path("status")
                    .asString().equals("live"));
            List<WsClient> watching = new ArrayList<>();
            for (int i = 0; i < viewers.size(); i++) {
                // half through the gateway (replica 1), half on replica 2
                watching.add(subscribed(viewers.get(i), streamId, i % 2 == 0 ? fleet.gatewaySocket()
                        : fleet.replicaSocket(2)));
            }
            // a second socket of one viewer counts once
            subscribed(viewers.get(0), streamId, fleet.replicaSocket(2));

            WsClient observer = watching.get(0);
            observer.awaitDispatch("VIEWER_COUNT", d -> d.path("viewerCount").asInt() == 6);

            watching.get(4).close();
            watching.get(5).abort(); // a client that vanishes without closing
            watching.get(3).unsubscribe("live", streamId);

            // the count may already have passed 3 on its way up (one replica's viewers sampled before the other's):
            // the 3 that matters is the one after the peak of 6
            JsonNode three = observer.awaitDispatch("VIEWER_COUNT",
                    d -> d.path("viewerCount").asInt() == 3 && d.path("peakViewers").asInt() == 6);
            assertThat(three.path("d").path("peakViewers").asInt()).isEqualTo(6);
            JsonNode stream = live.stream(streamer, streamId);
            assertThat(stream.path("viewerCount").asInt()).isEqualTo(3);
            assertThat(stream.path("peakViewers").asInt()).isEqualTo(6);
            live.end(streamer, streamId);
            encoder.awaitExit(Duration.ofSeconds(10));
        }
    }

    private WsClient subscribed(User user, String streamId, java.net.URI endpoint) {
        WsClient socket = sockets.identified(user, endpoint);
        socket.subscribe("live", streamId);
        return socket;
    }

    private RtmpPublisher publish(String key, int seconds, String name) {
        return RtmpPublisher.publish(ffmpeg, ingest.rtmpUrl(), key, seconds,
                Path.of("target", "fleet", "rtmp-ingest", "encoders", name + ".log"));
    }
}
