package com.xcord.servicekit.media;

import com.xcord.events.media.MediaEvents;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.projection.EventProjection;

/**
 * The service's copy of {@code xcord.media.events}. Keyed by media id, so one object's ready → updated → deleted
 * arrive in order; each event applied once. A deleted object's row goes: what already embeds it keeps its snapshot.
 */
class MediaEventsProjection extends EventProjection {

    MediaEventsProjection(String consumer, IdempotentConsumer once, MediaObjects media) {
        super(consumer, once);
        on(MediaEvents.MEDIA_READY, e -> media.ready(e.media(), e.purpose(), e.readyAt()));
        on(MediaEvents.MEDIA_UPDATED, e -> media.ready(e.media(), null, e.updatedAt()));
        on(MediaEvents.MEDIA_FAILED, e -> media.failed(Ids.parse(e.mediaId()), Ids.parse(e.ownerId()), e.kind(),
                e.failedAt()));
        on(MediaEvents.MEDIA_DELETED, e -> media.delete(Ids.parse(e.mediaId())));
    }
}
