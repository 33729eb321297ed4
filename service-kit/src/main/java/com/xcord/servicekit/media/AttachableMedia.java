package com.xcord.servicekit.media;

import com.xcord.events.media.MediaAttachment;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.FieldViolation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the media ids of a request into the media objects to embed, or refuses them: one primary-key lookup for
 * all the ids, no call to media-service. Only the caller's own media, announced ready by media-service and of a
 * kind the use takes, may be attached; anything else is a 400 naming each refused field ({@code attachments[1]},
 * {@code avatarMediaId}) and the caller then stores nothing. An id media-service has not announced yet (still
 * processing) is unknown here.
 */
public class AttachableMedia {

    private final MediaObjects media;

    AttachableMedia(MediaObjects media) {
        this.media = media;
    }

    /**
     * The media of {@code ids} (duplicates once, in the order given), or a 400 naming {@code field[i]} for each id
     * refused.
     */
    public List<MediaAttachment> require(long ownerId, List<Long> ids, MediaUse use, String field) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MediaObjects.Row> found = media.find(new LinkedHashSet<>(ids)).stream()
                .collect(Collectors.toMap(MediaObjects.Row::id, Function.identity()));
        List<FieldViolation> refused = new ArrayList<>();
        LinkedHashSet<Long> seen = new LinkedHashSet<>();
        List<MediaAttachment> attached = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            String problem = problem(found.get(id), ownerId, use);
            if (problem != null) {
                refused.add(new FieldViolation(field + "[" + i + "]", problem));
            } else if (seen.add(id)) {
                attached.add(found.get(id).media());
            }
        }
        if (!refused.isEmpty()) {
            throw new BadRequestException("These media cannot be attached", refused);
        }
        return List.copyOf(attached);
    }

    /** The one media object {@code id} names, or a 400 naming {@code field}. */
    public MediaAttachment requireOne(long ownerId, long id, MediaUse use, String field) {
        MediaObjects.Row row = media.find(List.of(id)).stream().findFirst().orElse(null);
        String problem = problem(row, ownerId, use);
        if (problem != null) {
            throw BadRequestException.field(field, problem);
        }
        return row.media();
    }

    private static String problem(MediaObjects.Row row, long ownerId, MediaUse use) {
        if (row == null) {
            return "unknown media, or not processed yet";
        }
        if (row.ownerId() != ownerId) {
            return "must be media you uploaded";
        }
        if (!MediaObjects.READY.equals(row.status())) {
            return "media processing failed";
        }
        if (!use.accepts(row.kind())) {
            return "must be an image";
        }
        return null;
    }
}
