package com.xcord.search.ingest;

import com.xcord.events.media.MediaAttachment;
import com.xcord.servicekit.id.Ids;

import java.util.List;

/** Id lists of event payloads (strings, possibly absent) as longs; the kinds of embedded media. */
final class EventIds {

    static List<Long> ids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(Ids::parse).toList();
    }

    /** The kinds (image, video, audio, file) of the media a version-2/3 event embeds. */
    static List<String> kinds(List<MediaAttachment> media) {
        return media == null ? List.of() : media.stream().map(MediaAttachment::kind).toList();
    }

    private EventIds() {
    }
}
