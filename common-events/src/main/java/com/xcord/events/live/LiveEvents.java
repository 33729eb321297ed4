package com.xcord.events.live;

import com.xcord.events.EventType;
import com.xcord.events.Topics;

/**
 * Event types live-service publishes on {@link Topics#LIVE}, keyed by stream id. Declared before live-service
 * exists so that its consumers (notification-service's {@code live_started}) are built and tested against the
 * contract now.
 */
public final class LiveEvents {

    public static final EventType<StreamStarted> STREAM_STARTED =
            new EventType<>("live.stream.started", 1, Topics.LIVE, StreamStarted.class);
    public static final EventType<StreamEnded> STREAM_ENDED =
            new EventType<>("live.stream.ended", 1, Topics.LIVE, StreamEnded.class);

    private LiveEvents() {
    }
}
