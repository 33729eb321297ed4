package com.xcord.live.stream;

import com.xcord.events.live.LiveEvents;
import com.xcord.events.live.StreamEndedV2;
import com.xcord.events.live.StreamStarted;
import com.xcord.events.live.StreamUpdated;
import com.xcord.events.live.ViewerCountChanged;
import com.xcord.live.category.Category;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Publishes the stream facts through the outbox, keyed by stream id. The end goes out as {@code live.stream.ended}
 * v2 only (duration, peak viewers, reason): v1 has no consumer that v2 would leave out, and two versions of one fact
 * would tell consumers twice.
 */
@Component
class StreamEvents {

    private final Outbox outbox;
    private final StreamViews views;

    StreamEvents(Outbox outbox, StreamViews views) {
        this.outbox = outbox;
        this.views = views;
    }

    void started(Stream s) {
        outbox.publish(LiveEvents.STREAM_STARTED, Ids.format(s.id()), new StreamStarted(Ids.format(s.id()),
                Ids.format(s.userId()), s.title(), categoryName(s), null, s.startedAt()));
    }

    void updated(Stream s, Instant at) {
        outbox.publish(LiveEvents.STREAM_UPDATED, Ids.format(s.id()), new StreamUpdated(Ids.format(s.id()),
                Ids.format(s.userId()), s.title(), categoryName(s), s.slowModeSeconds(), at));
    }

    void ended(Stream s) {
        outbox.publish(LiveEvents.STREAM_ENDED_V2, Ids.format(s.id()), new StreamEndedV2(Ids.format(s.id()),
                Ids.format(s.userId()), null, s.startedAt(), s.endedAt(), s.duration().toSeconds(), s.peakViewers(),
                s.endReason()));
    }

    void viewers(long streamId, int viewers, int peak, Instant at) {
        outbox.publish(LiveEvents.VIEWER_COUNT_CHANGED, Ids.format(streamId),
                new ViewerCountChanged(Ids.format(streamId), viewers, peak, at));
    }

    private String categoryName(Stream s) {
        Category category = views.category(s);
        return category == null ? null : category.name();
    }
}
