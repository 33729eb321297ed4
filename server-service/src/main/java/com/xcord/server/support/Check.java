package com.xcord.server.support;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.web.BadRequestException;

import java.util.ArrayList;
import java.util.List;

/** Validation of request fields: each failure is a 400 naming the field. */
public final class Check {

    /** A required text, trimmed, of {@code min..max} characters (code points). */
    public static String text(String field, String value, int min, int max) {
        if (value == null) {
            throw BadRequestException.field(field, "must not be null");
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < min || length > max) {
            throw BadRequestException.field(field, "must be " + min + " to " + max + " characters");
        }
        return trimmed;
    }

    /** An optional text: null stays null, blank becomes null. */
    public static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(field, value, 1, max);
    }

    public static int range(String field, Integer value, int min, int max, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw BadRequestException.field(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** An id in its string form. */
    public static long id(String field, String value) {
        try {
            return Ids.parse(value);
        } catch (BadRequestException e) {
            throw BadRequestException.field(field, "must be an id");
        }
    }

    public static Long optionalId(String field, String value) {
        return value == null ? null : id(field, value);
    }

    public static List<Long> ids(String field, List<String> values, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw BadRequestException.field(field, "at most " + max);
        }
        List<Long> ids = new ArrayList<>();
        for (String value : values) {
            ids.add(id(field, value));
        }
        return List.copyOf(ids);
    }

    /** A permission bitfield in its decimal string form. */
    public static long permissions(String field, String value) {
        return Permissions.parse(value)
                .orElseThrow(() -> BadRequestException.field(field, "must be a permission bitfield (decimal string)"));
    }

    private Check() {
    }
}
