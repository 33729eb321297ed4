package com.xcord.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of live-service ({@code xcord.live.*}).
 *
 * @param streamKeys how stream keys are kept
 * @param ingest     the RTMP ingest: where it calls back, where it is published to and served from, its timers
 * @param viewers    viewer counting
 * @param chat       live chat limits
 */
@ConfigurationProperties("xcord.live")
public record LiveProperties(StreamKeys streamKeys, Ingest ingest, Viewers viewers, Chat chat) {

    /** @param encryptionSecret the secret the keys are encrypted with at rest (the owner can reveal theirs) */
    public record StreamKeys(String encryptionSecret) {
    }

    /**
     * @param callbackPort     the port of the ingest callbacks, separate from the API's (0: a free one)
     * @param rtmpUrl          the ingest's RTMP application URL, shown with the key (OBS "Server")
     * @param playbackBaseUrl  HLS base: a stream plays at {@code <base>/<streamId>/index.m3u8}
     * @param updateInterval   how often the ingest sends on_update while publishing
     * @param watchdogTimeout  a live stream without on_update for this long is ended (at least 3 update intervals)
     * @param watchdogInterval how often the watchdog looks
     */
    public record Ingest(@DefaultValue("18086") int callbackPort, @DefaultValue("rtmp://localhost:1935/live") String rtmpUrl,
            @DefaultValue("http://localhost:18080/hls") String playbackBaseUrl,
            @DefaultValue("10s") Duration updateInterval, @DefaultValue("35s") Duration watchdogTimeout,
            @DefaultValue("5s") Duration watchdogInterval) {
    }

    /** @param sampleInterval how often the viewer sets in Redis are counted */
    public record Viewers(@DefaultValue("2s") Duration sampleInterval) {
    }

    /** @param maxSlowMode the longest slow mode a streamer may set */
    public record Chat(@DefaultValue("10m") Duration maxSlowMode) {
    }
}
