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
        if (value == null || value.isEmpty() || value.length() > 19) {
            throw new BadRequestException("Invalid id");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new BadRequestException("Invalid id");
            }
        }
        try {
            long id = Long.parseLong(value);
            if (id <= 0) {
                throw new BadRequestException("Invalid id");
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadRequestException("Invalid id");
        }
    }

    private Ids() {
    }
}
