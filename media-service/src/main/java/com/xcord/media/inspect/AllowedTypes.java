package com.xcord.media.inspect;

import java.util.Map;
import java.util.Optional;

/**
 * The content types media-service accepts, each with its kind. Anything else — HTML, SVG, scripts, executables — is
 * refused (415): nothing that a browser could run is ever stored, so nothing can be served inline by mistake.
 */
public final class AllowedTypes {

    private static final Map<String, MediaKind> TYPES = Map.ofEntries(
            Map.entry("image/jpeg", MediaKind.IMAGE),
            Map.entry("image/png", MediaKind.IMAGE),
            Map.entry("image/gif", MediaKind.IMAGE),
            Map.entry("image/webp", MediaKind.IMAGE),
            Map.entry("video/mp4", MediaKind.VIDEO),
            Map.entry("video/webm", MediaKind.VIDEO),
            Map.entry("video/quicktime", MediaKind.VIDEO),
            Map.entry("audio/mpeg", MediaKind.AUDIO),
            Map.entry("audio/ogg", MediaKind.AUDIO),
            Map.entry("audio/vorbis", MediaKind.AUDIO),
            Map.entry("audio/opus", MediaKind.AUDIO),
            Map.entry("audio/vnd.wave", MediaKind.AUDIO),
            Map.entry("audio/x-wav", MediaKind.AUDIO),
            Map.entry("audio/wav", MediaKind.AUDIO),
            Map.entry("audio/mp4", MediaKind.AUDIO),
            Map.entry("audio/x-flac", MediaKind.AUDIO),
            Map.entry("application/pdf", MediaKind.FILE),
            Map.entry("text/plain", MediaKind.FILE),
            Map.entry("application/zip", MediaKind.FILE),
            Map.entry("application/gzip", MediaKind.FILE),
            Map.entry("application/x-7z-compressed", MediaKind.FILE));

    private AllowedTypes() {
    }

    /** The kind of an allowed type (parameters such as {@code ;charset=} ignored), or empty. */
    public static Optional<MediaKind> kindOf(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(TYPES.get(bare(contentType)));
    }

    public static String bare(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
