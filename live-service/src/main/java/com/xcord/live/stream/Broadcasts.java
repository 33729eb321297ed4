package com.xcord.live.stream;

import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.web.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What the ingest does to streams: publishing takes the user's prepared stream live (or a new one, titled like the
 * last), its updates keep it alive, unpublishing ends it. Each runs under the stream's row lock, so a second
 * publisher with the same key, or an update racing an end, sees the first's outcome.
 */
@Service
public class Broadcasts {

    /** A live broadcast as the ingest knows it. */
    public record LiveBroadcast(long streamId, long userId, byte[] keyHash, String ingestClient) {
    }

    static final String DEFAULT_TITLE = "Untitled stream";

    private final StreamRepository streams;
    private final StreamEvents events;
    private final SnowflakeIds ids;

    Broadcasts(StreamRepository streams, StreamEvents events, SnowflakeIds ids) {
        this.streams = streams;
        this.events = events;
        this.ids = ids;
    }

    /**
     * The user starts publishing with the key of hash {@code keyHash} from ingest connection {@code client}: their
     * stream goes live; its id is returned (the ingest publishes under it). A stream already live is a conflict:
     * one publisher at a time.
     */
    @Transactional
    public long publish(long userId, byte[] keyHash, String client) {
        Instant now = now();
        Stream open = streams.lockOpen(userId).orElseGet(() -> prepareLike(userId, now));
        if (open.isLive()) {
            throw new ConflictException("the stream is already being published");
        }
        Stream live = open.goLive(keyHash, client, now);
        streams.update(live);
        events.started(live);
        return live.id();
    }

    /** The live stream published with this key hash, if any. */
    @Transactional(readOnly = true)
    public Optional<LiveBroadcast> liveByKeyHash(byte[] keyHash) {
        return streams.liveByKeyHash(keyHash)
                .map(s -> new LiveBroadcast(s.id(), s.userId(), s.keyHash(), s.ingestClient()));
    }

    /** The live stream of this id, if it is live. */
    @Transactional(readOnly = true)
    public Optional<LiveBroadcast> liveById(long streamId) {
        return streams.find(streamId).filter(Stream::isLive)
                .map(s -> new LiveBroadcast(s.id(), s.userId(), s.keyHash(), s.ingestClient()));
    }

    /** The ingest reported the broadcast alive. */
    @Transactional
    public void reported(long streamId) {
        streams.touch(streamId, now());
    }

    /** Ends the broadcast if it is still live (an end racing another end is a no-op). */
    @Transactional
    public void end(long streamId, EndReason reason) {
        streams.lock(streamId).filter(Stream::isLive).ifPresent(s -> {
            Stream ended = s.end(reason.wire(), now());
            streams.update(ended);
            events.ended(ended);
        });
    }

    /** A stream for a user who publishes without preparing one: the title and category of their last. */
    private Stream prepareLike(long userId, Instant now) {
        Optional<Stream> last = streams.latestOf(userId);
        Stream prepared = Stream.prepared(ids.next(), userId, last.map(Stream::title).orElse(DEFAULT_TITLE),
                last.map(Stream::categoryId).orElse(null), now);
        if (!streams.insert(prepared)) {
            throw new ConflictException("the stream is already being prepared");
        }
        return prepared;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
