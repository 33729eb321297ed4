package com.xcord.realtime.routes.live;

import com.xcord.events.live.LiveChatMessageCreated;
import com.xcord.events.live.LiveChatMessageDeleted;
import com.xcord.events.live.StreamEndedV2;
import com.xcord.events.live.StreamStarted;
import com.xcord.events.live.StreamUpdated;
import com.xcord.events.live.ViewerCountChanged;
import com.xcord.realtime.protocol.DispatchPayload;
import com.xcord.realtime.protocol.DispatchType;
import java.time.Instant;

/**
 * What clients see of live-service's events, mapped here and nowhere else: the fields of live-service's stream and
 * chat message resources that the events carry (the same names as {@code GET /live/streams/{id}} and
 * {@code GET /live/streams/{id}/chat}).
 */
final class LiveViews {

    @DispatchPayload(DispatchType.STREAM_START)
    record StreamStartView(String id, String userId, String title, String category, String status, Instant startedAt) {
    }

    @DispatchPayload(DispatchType.STREAM_UPDATE)
    record StreamUpdateView(String id, String userId, String title, String category, int slowModeSeconds) {
    }

    @DispatchPayload(DispatchType.STREAM_END)
    record StreamEndView(String id, String userId, String status, Instant startedAt, Instant endedAt,
            long durationSeconds, int peakViewers) {
    }

    @DispatchPayload(DispatchType.VIEWER_COUNT)
    record ViewerCountView(String streamId, int viewerCount, int peakViewers) {
    }

    @DispatchPayload(DispatchType.LIVE_CHAT_MESSAGE)
    record ChatMessageView(String id, String streamId, String authorId, String content, String nonce,
            Instant createdAt) {
    }

    @DispatchPayload(DispatchType.LIVE_CHAT_MESSAGE_DELETE)
    record ChatMessageDeleteView(String id, String streamId) {
    }

    private LiveViews() {
    }

    static StreamStartView started(StreamStarted e) {
        return new StreamStartView(e.streamId(), e.userId(), e.title(), e.category(), "live", e.startedAt());
    }

    static StreamUpdateView updated(StreamUpdated e) {
        return new StreamUpdateView(e.streamId(), e.userId(), e.title(), e.category(), e.slowModeSeconds());
    }

    static StreamEndView ended(StreamEndedV2 e) {
        return new StreamEndView(e.streamId(), e.userId(), "ended", e.startedAt(), e.endedAt(), e.durationSeconds(),
                e.peakViewers());
    }

    static ViewerCountView viewers(ViewerCountChanged e) {
        return new ViewerCountView(e.streamId(), e.viewerCount(), e.peakViewers());
    }

    static ChatMessageView message(LiveChatMessageCreated e) {
        return new ChatMessageView(e.messageId(), e.streamId(), e.authorId(), e.content(), e.nonce(), e.createdAt());
    }

    static ChatMessageDeleteView deleted(LiveChatMessageDeleted e) {
        return new ChatMessageDeleteView(e.messageId(), e.streamId());
    }
}
