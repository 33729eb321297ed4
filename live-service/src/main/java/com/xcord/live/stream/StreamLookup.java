package com.xcord.live.stream;

import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features (chat) need to know of a stream. */
@Service
public class StreamLookup {

    /** A stream's owner, whether its chat is still open, and its slow mode. */
    public record StreamRef(long id, long streamerId, boolean over, int slowModeSeconds) {
    }

    private final StreamRepository streams;

    StreamLookup(StreamRepository streams) {
        this.streams = streams;
    }

    /** The stream, or 404. */
    @Transactional(readOnly = true)
    public StreamRef find(long streamId) {
        return streams.find(streamId)
                .map(s -> new StreamRef(s.id(), s.userId(), s.isOver(), s.slowModeSeconds()))
                .orElseThrow(() -> new NotFoundException("no such stream"));
    }
}
