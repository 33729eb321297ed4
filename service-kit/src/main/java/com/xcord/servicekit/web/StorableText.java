package com.xcord.servicekit.web;

import java.util.List;

/**
 * Text PostgreSQL can store and every client can render: no U+0000 (a {@code text} column refuses
 * it) and no surrogate half without its partner (not a character; UTF-8 cannot encode it). The one
 * rule the request edge applies to every JSON string and property name, path variable and query
 * parameter ({@link StorableTextBodyAdvice}, {@link StorableTextInterceptor}), so that such input is
 * a 400 naming the field instead of a 500 from the database, whatever the endpoint.
 */
final class StorableText {

    static final String MESSAGE = "must not contain NUL or unpaired surrogate characters";

    static boolean isStorable(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A name fit to echo in a problem body: the bad text itself never is (it may not even encode). */
    static String printable(String name, String fallback) {
        return name == null || name.isEmpty() || !isStorable(name) ? fallback : name;
    }

    static BadRequestException refused(List<String> fields) {
        List<FieldViolation> errors = fields.stream().distinct().map(f -> new FieldViolation(f, MESSAGE)).toList();
        return new BadRequestException("Invalid " + String.join(", ", errors.stream().map(FieldViolation::field)
                .toList()) + ": " + MESSAGE, errors);
    }

    private StorableText() {
    }
}
