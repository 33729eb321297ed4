package com.xcord.live.stream;

import com.xcord.live.LiveProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Ends live streams whose ingest stopped reporting (no on_update for {@code watchdog-timeout}: the ingest crashed or
 * lost its network), so nothing stays "live" forever. State is in the database, so a restarted live-service goes on
 * where it was; replicas skip each other's locked rows.
 */
@Component
class Watchdog {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);

    private final StreamRepository streams;
    private final StreamEvents events;
    private final Duration timeout;

    Watchdog(StreamRepository streams, StreamEvents events, LiveProperties properties) {
        this.streams = streams;
        this.events = events;
        // never shorter than three update intervals: one late on_update must not end a healthy broadcast
        this.timeout = max(properties.ingest().watchdogTimeout(), properties.ingest().updateInterval().multipliedBy(3));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Scheduled(fixedDelayString = "${xcord.live.ingest.watchdog-interval:5s}")
    @Transactional
    public void endSilentStreams() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (Stream silent : streams.lockSilentSince(now.minus(timeout))) {
            Stream ended = silent.end(EndReason.INGEST_LOST.wire(), now);
            streams.update(ended);
            events.ended(ended);
            log.info("stream {} ended: no report from the ingest since {}", silent.id(), silent.lastIngestAt());
        }
    }
}
