package com.xcord.live.stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** The viewer counts of live streams, as the viewer sampler measures them. */
@Service
public class Audience {

    private final StreamRepository streams;
    private final StreamEvents events;

    Audience(StreamRepository streams, StreamEvents events) {
        this.streams = streams;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Long> liveStreamIds() {
        return streams.liveIds();
    }

    /** Records a new count (and peak) and announces it; nothing when it did not change. */
    @Transactional
    public void counted(long streamId, int viewers, Instant at) {
        streams.countViewers(streamId, viewers).ifPresent(peak -> events.viewers(streamId, viewers, peak, at));
    }
}
