package com.xcord.media.media;

import com.xcord.events.media.MediaAttachment;
import com.xcord.events.media.MediaDeleted;
import com.xcord.events.media.MediaEvents;
import com.xcord.events.media.MediaFailed;
import com.xcord.events.media.MediaReady;
import com.xcord.events.media.MediaUpdated;
import com.xcord.events.media.MediaVariant;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Publishes the media facts through the outbox, keyed by media id (so one object's lifecycle stays in order). */
@Component
class MediaFacts {

    private final Outbox outbox;

    MediaFacts(Outbox outbox) {
        this.outbox = outbox;
    }

    void ready(Media m) {
        outbox.publish(MediaEvents.MEDIA_READY, Ids.format(m.id()), new MediaReady(attachment(m), m.purpose(), m.readyAt()));
    }

    void updated(Media m) {
        outbox.publish(MediaEvents.MEDIA_UPDATED, Ids.format(m.id()), new MediaUpdated(attachment(m), m.updatedAt()));
    }

    void failed(Media m) {
        outbox.publish(MediaEvents.MEDIA_FAILED, Ids.format(m.id()), new MediaFailed(Ids.format(m.id()),
                Ids.format(m.ownerId()), m.kind(), m.statusReason(), m.updatedAt()));
    }

    void deleted(Media m, Instant at) {
        outbox.publish(MediaEvents.MEDIA_DELETED, Ids.format(m.id()), new MediaDeleted(Ids.format(m.id()),
                Ids.format(m.ownerId()), at));
    }

    /** The media object as other services embed it. */
    static MediaAttachment attachment(Media m) {
        return new MediaAttachment(Ids.format(m.id()), Ids.format(m.ownerId()), m.kind(), m.contentType(), m.size(),
                m.filename(), m.width(), m.height(), m.durationMs(), m.blurhash(), m.description(),
                m.variants().stream().map(v -> new MediaVariant(v.name(), v.contentType(), v.width(), v.height())).toList());
    }
}
