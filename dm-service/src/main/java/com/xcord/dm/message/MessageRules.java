package com.xcord.dm.message;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.FieldViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * The documented limits of a message: content 1–4000 characters (code points) and not blank,
 * unless attachments carry the message; at most 10 attachments (media ids); a clientId of
 * 1–64 visible ASCII characters.
 */
final class MessageRules {

    static final int MAX_CONTENT = 4000;
    static final int MAX_ATTACHMENTS = 10;
    static final int MAX_CLIENT_ID = 64;

    static String content(String content, boolean hasAttachments, List<FieldViolation> errors) {
        if (content == null || content.isBlank()) {
            if (!hasAttachments) {
                errors.add(new FieldViolation("content", "must not be blank"));
            }
            return null;
        }
        if (content.codePointCount(0, content.length()) > MAX_CONTENT) {
            errors.add(new FieldViolation("content", "must be at most " + MAX_CONTENT + " characters"));
        }
        return content;
    }

    static String clientId(String clientId, List<FieldViolation> errors) {
        if (clientId == null || clientId.isEmpty() || clientId.length() > MAX_CLIENT_ID
                || !clientId.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            errors.add(new FieldViolation("clientId", "must be 1 to " + MAX_CLIENT_ID + " visible ASCII characters"));
            return null;
        }
        return clientId;
    }

    static List<Long> attachments(List<String> raw, List<FieldViolation> errors) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_ATTACHMENTS) {
            errors.add(new FieldViolation("attachments", "at most " + MAX_ATTACHMENTS + " attachments"));
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String value : raw) {
            Long id = optionalId(value, "attachments", errors);
            if (id == null) {
                if (value == null) {
                    errors.add(new FieldViolation("attachments", "must be media ids"));
                }
                return List.of();
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    static Long optionalId(String value, String field, List<FieldViolation> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Ids.parse(value);
        } catch (BadRequestException e) {
            errors.add(new FieldViolation(field, "must be an id"));
            return null;
        }
    }

    private MessageRules() {
    }
}
