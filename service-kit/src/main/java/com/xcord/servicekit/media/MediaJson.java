package com.xcord.servicekit.media;

import com.xcord.events.media.MediaAttachment;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Attached media kept as JSON next to what it is attached to (a message's or post's {@code attachments} column):
 * the snapshot a history page reads with the row itself, no second query, and that stays when the media's
 * projection row goes (media.deleted).
 */
public final class MediaJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<List<MediaAttachment>> LIST = new TypeReference<>() {
    };

    public static String write(List<MediaAttachment> media) {
        return MAPPER.writeValueAsString(media == null ? List.of() : media);
    }

    public static List<MediaAttachment> read(String json) {
        return json == null || json.isEmpty() ? List.of() : List.copyOf(MAPPER.readValue(json, LIST));
    }

    static String writeOne(MediaAttachment media) {
        return MAPPER.writeValueAsString(media);
    }

    static MediaAttachment readOne(String json) {
        return MAPPER.readValue(json, MediaAttachment.class);
    }

    private MediaJson() {
    }
}
