package com.xcord.media.media;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.xcord.servicekit.id.Ids;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The media object of the API (DESIGN §3). Variant {@code url}s are stable API URLs — {@code GET} them for a
 * short-lived signed storage URL — never expiring storage URLs themselves.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaView(String id, String ownerId, String kind, String contentType, long size, String filename,
        Integer width, Integer height, Long durationMs, String blurhash, String description, Focus focus,
        String purpose, String status, String statusReason, Map<String, VariantView> variants, Instant createdAt) {

    /** The point of interest thumbnails crop around, each coordinate in [-1, 1] (Mastodon's convention). */
    public record Focus(float x, float y) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VariantView(String url, String contentType, Integer width, Integer height) {
    }

    public static MediaView of(Media m) {
        Map<String, VariantView> variants = new LinkedHashMap<>();
        for (Variant v : m.variants()) {
            variants.put(v.name(), new VariantView(contentUrl(m.id(), v.name()), v.contentType(), v.width(), v.height()));
        }
        return new MediaView(Ids.format(m.id()), Ids.format(m.ownerId()), m.kind(), m.contentType(), m.size(), m.filename(),
                m.width(), m.height(), m.durationMs(), m.blurhash(), m.description(),
                m.focusX() == null ? null : new Focus(m.focusX(), m.focusY()), m.purpose(), m.status().apiName(),
                m.statusReason(), variants, m.createdAt());
    }

    /** {@code /api/v1/media/{id}/content?variant=<name>}: the same URL feed, server and dm services build. */
    public static String contentUrl(long id, String variant) {
        return "/api/v1/media/" + id + "/content?variant=" + variant;
    }
}
