package com.xcord.live.stream;

import com.xcord.live.LiveProperties;
import com.xcord.live.category.Categories;
import com.xcord.live.category.Category;
import com.xcord.servicekit.id.Ids;
import org.springframework.stereotype.Component;

/** Maps a stream to its {@link StreamView}: its category and its playback URL. */
@Component
class StreamViews {

    private final Categories categories;
    private final String playbackBase;

    StreamViews(Categories categories, LiveProperties properties) {
        this.categories = categories;
        String base = properties.ingest().playbackBaseUrl();
        this.playbackBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    StreamView of(Stream s) {
        return new StreamView(Ids.format(s.id()), Ids.format(s.userId()), s.title(), category(s),
                s.status().wire(), s.slowModeSeconds(), s.createdAt(), s.startedAt(), s.endedAt(),
                s.isLive() ? s.viewerCount() : 0, s.peakViewers(), s.isLive() ? playbackUrl(s.id()) : null);
    }

    Category category(Stream s) {
        return s.categoryId() == null ? null : categories.byId(s.categoryId()).orElse(null);
    }

    String playbackUrl(long streamId) {
        return playbackBase + "/" + Ids.format(streamId) + "/index.m3u8";
    }
}
