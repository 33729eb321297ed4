package com.xcord.events;

/**
 * Kafka topic names: one topic per producing service (DESIGN §5). The record key is the
 * aggregate whose events must stay in order (conversation, channel, server or user id).
 */
public final class Topics {

    public static final String AUTH = "xcord.auth.events";
    public static final String FEED = "xcord.feed.events";
    public static final String DM = "xcord.dm.events";
    public static final String SERVER = "xcord.server.events";
    public static final String LIVE = "xcord.live.events";
    public static final String NOTIFICATION = "xcord.notification.events";
    public static final String MEDIA = "xcord.media.events";

    /** Where a consumer parks an event it could not handle after its bounded retries. */
    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }

    private Topics() {
    }
}
