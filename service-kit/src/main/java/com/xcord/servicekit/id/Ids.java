package com.xcord.servicekit.id;

import com.xcord.servicekit.web.BadRequestException;

/** Ids travel in JSON as decimal strings (JavaScript cannot hold 64-bit integers). */
public final class Ids {

    public static String format(long id) {
        return Long.toString(id);
    }

    /** Formats a nullable id; null stays null. */
    public static String formatNullable(Long id) {
        return id == null ? null : Long.toString(id);
    }

    /** Parses the string form; anything but a positive decimal long is a {@link BadRequestException}. */
    public static long parse(String value) {
        long id = parseOrZero(value);
        if (id == 0) {
            throw new BadRequestException("Invalid id");
        }
        return id;
    }

    /** Whether {@link #parse} accepts the value (the check behind {@code @SnowflakeId}). */
    public static boolean isValid(String value) {
        return parseOrZero(value) != 0;
    }

    /** The positive decimal long, or 0 for anything else. */
    private static long parseOrZero(String value) {
        if (value == null || value.isEmpty() || value.length() > 19) {
            return 0;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
        }
        try {
            return Math.max(0, Long.parseLong(value));
        } catch (NumberFormatException tooLarge) {
            return 0;
        }
    }

    private Ids() {
    }
}
