package com.xcord.servicekit.media;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.xcord.events.media.MediaAttachment;
import com.xcord.events.media.MediaVariant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The media object as the API shows it inside a message, a post or a profile (DESIGN §3): attached media is always
 * {@code ready}; each variant's {@code url} is the stable API address {@code /api/v1/media/{id}/content?variant=},
 * never a storage URL that expires. Optional fields are left out when unknown. realtime-service renders the same
 * object in its DISPATCHes (its {@code MediaViews}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaObjectView(String id, String ownerId, String kind, String contentType, long size, String filename,
        Integer width, Integer height, Long durationMs, String blurhash, String description, String status,
        Map<String, Variant> variants) {

    /** One rendition: where to fetch it and its size in pixels (null for files). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Variant(String url, Integer width, Integer height) {
    }

    public static MediaObjectView of(MediaAttachment m) {
        Map<String, Variant> variants = new LinkedHashMap<>();
        for (MediaVariant v : m.variants() == null ? List.<MediaVariant>of() : m.variants()) {
            variants.put(v.name(), new Variant(url(m.id(), v.name()), v.width(), v.height()));
        }
        return new MediaObjectView(m.id(), m.ownerId(), m.kind(), m.contentType(), m.size(), m.filename(), m.width(),
                m.height(), m.durationMs(), m.blurhash(), m.description(), "ready", variants);
    }

    public static List<MediaObjectView> of(List<MediaAttachment> media) {
        return media == null ? List.of() : media.stream().map(MediaObjectView::of).toList();
    }

    static String url(String mediaId, String variant) {
        return "/api/v1/media/" + mediaId + "/content?variant=" + variant;
    }
}
