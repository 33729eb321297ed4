package com.xcord.events.media;

import com.xcord.events.EventType;
import com.xcord.events.Topics;

/**
 * Event types published by media-service on {@link Topics#MEDIA}, keyed by media id: one object's lifecycle stays
 * in order. The services that attach media (feed, server, dm, auth) keep a projection of these instead of calling
 * media-service when a post or message is sent.
 */
public final class MediaEvents {

    public static final EventType<MediaReady> MEDIA_READY =
            new EventType<>("media.ready", 1, Topics.MEDIA, MediaReady.class);
    public static final EventType<MediaUpdated> MEDIA_UPDATED =
            new EventType<>("media.updated", 1, Topics.MEDIA, MediaUpdated.class);
    public static final EventType<MediaFailed> MEDIA_FAILED =
            new EventType<>("media.failed", 1, Topics.MEDIA, MediaFailed.class);
    public static final EventType<MediaDeleted> MEDIA_DELETED =
            new EventType<>("media.deleted", 1, Topics.MEDIA, MediaDeleted.class);

    private MediaEvents() {
    }
}
