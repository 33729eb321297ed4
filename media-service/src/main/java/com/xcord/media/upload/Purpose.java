package com.xcord.media.upload;

import com.xcord.servicekit.web.BadRequestException;
import java.util.Locale;

/** What an upload is for: an attachment (posts, messages, DMs), or a picture of a profile or server. */
enum Purpose {
    ATTACHMENT, AVATAR, BANNER, ICON, EMOJI;

    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean imageOnly() {
        return this != ATTACHMENT;
    }

    static Purpose parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return ATTACHMENT;
        }
        for (Purpose p : values()) {
            if (p.apiName().equals(value)) {
                return p;
            }
        }
        throw BadRequestException.field(field, "must be one of attachment, avatar, banner, icon, emoji");
    }
}
