package com.xcord.realtime.routes.media;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.xcord.events.media.MediaAttachment;
import com.xcord.events.media.MediaVariant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The media object as the REST resources show it inside a message or a post (DESIGN §3; service-kit's
 * {@code MediaObjectView}, which this app cannot depend on): attached media is {@code ready}, each variant's
 * {@code url} the stable API address {@code /api/v1/media/{id}/content?variant=}, optional fields left out when
 * unknown. The message and post views map their events' {@link MediaAttachment}s through here, and only here.
 */
public final class MediaViews {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MediaObjectView(String id, String ownerId, String kind, String contentType, long size,
            String filename, Integer width, Integer height, Long durationMs, String blurhash, String description,
            String status, Map<String, Variant> variants) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Variant(String url, Integer width, Integer height) {
    }

    /** An event's attachments as the client sees them; an event version without them shows none. */
    public static List<MediaObjectView> of(List<MediaAttachment> media) {
        return media == null ? List.of() : media.stream().map(MediaViews::of).toList();
    }

    static MediaObjectView of(MediaAttachment m) {
        Map<String, Variant> variants = new LinkedHashMap<>();
        for (MediaVariant v : m.variants() == null ? List.<MediaVariant>of() : m.variants()) {
            variants.put(v.name(), new Variant("/api/v1/media/" + m.id() + "/content?variant=" + v.name(), v.width(),
                    v.height()));
        }
        return new MediaObjectView(m.id(), m.ownerId(), m.kind(), m.contentType(), m.size(), m.filename(), m.width(),
                m.height(), m.durationMs(), m.blurhash(), m.description(), "ready", variants);
    }

    /** The ids of the attachments (the views' {@code attachmentIds}, kept beside the objects). */
    public static List<String> ids(List<MediaAttachment> media) {
        return media == null ? List.of() : media.stream().map(MediaAttachment::id).toList();
    }

    private MediaViews() {
    }
}
