package com.xcord.live.stream;

import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.web.ConflictException;
import com.xcord.servicekit.web.ForbiddenException;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the streamer does to their streams over the API: prepare the next one (title, category), edit it, end it.
 * Going live is the ingest's ({@link Broadcasts}).
 */
@Service
class StreamLifecycle {

    /** A stream's editable fields; null leaves one as it is. */
    record Changes(String title, Long categoryId, Integer slowModeSeconds) {
    }

    record Prepared(Stream stream, boolean created) {
    }

    private final StreamRepository streams;
    private final StreamEvents events;
    private final SnowflakeIds ids;

    StreamLifecycle(StreamRepository streams, StreamEvents events, SnowflakeIds ids) {
        this.streams = streams;
        this.events = events;
        this.ids = ids;
    }

    /**
     * Prepares the user's next stream; a stream already prepared (not yet live) takes the new title and category
     * instead, so a retried POST makes no second one. While live, it is a conflict (PATCH the live stream).
     */
    @Transactional
    Prepared prepare(long userId, String title, Long categoryId) {
        Instant now = now();
        var open = streams.lockOpen(userId);
        if (open.isEmpty()) {
            Stream prepared = Stream.prepared(ids.next(), userId, title, categoryId, now);
            if (streams.insert(prepared)) {
                return new Prepared(prepared, true);
            }
            open = streams.lockOpen(userId); // a concurrent POST inserted first: edit its stream
        }
        Stream current = open.orElseThrow();
        if (current.isLive()) {
            throw new ConflictException("a stream is live: change it with PATCH /live/streams/" + current.id());
        }
        Stream edited = current.edit(title, categoryId, current.slowModeSeconds());
        streams.update(edited);
        return new Prepared(edited, false);
    }

    @Transactional
    Stream edit(long userId, long streamId, Changes changes) {
        Stream stream = ownedLocked(userId, streamId);
        Stream edited = stream.edit(changes.title() != null ? changes.title() : stream.title(),
                changes.categoryId() != null ? changes.categoryId() : stream.categoryId(),
                changes.slowModeSeconds() != null ? changes.slowModeSeconds() : stream.slowModeSeconds());
        streams.update(edited);
        events.updated(edited, now());
        return edited;
    }

    /** The streamer ends it: a live broadcast is cut by the ingest's next update (the stream is no longer live). */
    @Transactional
    Stream end(long userId, long streamId) {
        Stream stream = ownedLocked(userId, streamId);
        Stream ended = stream.end(EndReason.ENDED.wire(), now());
        streams.update(ended);
        if (stream.isLive()) {
            events.ended(ended);
        }
        return ended;
    }

    private Stream ownedLocked(long userId, long streamId) {
        Stream stream = streams.lock(streamId).orElseThrow(() -> new NotFoundException("no such stream"));
        if (stream.userId() != userId) {
            throw new ForbiddenException("only the streamer may change the stream");
        }
        if (stream.isOver()) {
            throw new ConflictException("the stream has ended");
        }
        return stream;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
