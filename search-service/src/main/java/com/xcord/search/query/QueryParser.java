package com.xcord.search.query;

import com.xcord.servicekit.web.BadRequestException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits {@code q} into words and operators ({@code from:}, {@code in:}, {@code server:}, {@code has:},
 * {@code mentions:}, {@code before:}, {@code after:}, {@code pinned:}) and checks both. The words go to
 * {@code websearch_to_tsquery} as one bound parameter, which accepts any text: no syntax reaches {@code to_tsquery}.
 * Every refusal is a 400 on field {@code q} whose message starts with the operator it is about.
 */
public final class QueryParser {

    /** {@code name:value}; a {@code word:} that is not an operator (a URL's {@code https:}) stays a word. */
    private static final Pattern OPERATOR =
            Pattern.compile("(?i)^(from|in|server|has|mentions|before|after|pinned):(.*)$");
    private static final Pattern ID = Pattern.compile("[0-9]{1,19}");
    private static final Pattern USERNAME = Pattern.compile("@?([a-z0-9_.]{2,32})");

    private final int maxLength;
    private final int maxTerms;
    private final Usernames usernames;

    public QueryParser(int maxLength, int maxTerms, Usernames usernames) {
        this.maxLength = maxLength;
        this.maxTerms = maxTerms;
        this.usernames = usernames;
    }

    /** The words and the filters of {@code q}. */
    public record Parsed(String text, Filters filters) {
    }

    public Parsed parse(String q) {
        if (q == null || q.isBlank()) {
            throw BadRequestException.field("q", "must not be blank");
        }
        String trimmed = q.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < 2) {
            throw BadRequestException.field("q", "must be at least 2 characters");
        }
        if (length > maxLength) {
            throw BadRequestException.field("q", "must be at most " + maxLength + " characters");
        }
        List<String> tokens = tokens(trimmed);
        if (tokens.size() > maxTerms) {
            throw BadRequestException.field("q", "must have at most " + maxTerms + " words and filters");
        }
        Builder filters = new Builder();
        StringBuilder text = new StringBuilder();
        for (String token : tokens) {
            Matcher operator = OPERATOR.matcher(token);
            if (operator.matches()) {
                filters.add(operator.group(1).toLowerCase(Locale.ROOT), operator.group(2));
            } else {
                text.append(text.isEmpty() ? "" : " ").append(token);
            }
        }
        String words = text.toString();
        if (!words.isEmpty() && words.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw BadRequestException.field("q", "must contain a word to search for (letters or digits)");
        }
        return new Parsed(words, filters.build());
    }

    /** Whitespace-separated, except inside double quotes (a phrase stays one token with its quotes). */
    static List<String> tokens(String q) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                if (!current.isEmpty()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private final class Builder {
        private final List<Long> from = new ArrayList<>();
        private final List<Long> in = new ArrayList<>();
        private final List<Long> servers = new ArrayList<>();
        private final List<Long> mentions = new ArrayList<>();
        private int has;
        private Instant before;
        private Instant after;
        private Boolean pinned;

        void add(String name, String value) {
            if (value.isEmpty()) {
                throw refused(name, "needs a value");
            }
            switch (name) {
                case "from" -> from.add(user(name, value));
                case "mentions" -> mentions.add(user(name, value));
                case "in" -> in.add(id(name, value, "a channel or conversation id"));
                case "server" -> servers.add(id(name, value, "a server id"));
                case "has" -> has |= has(value);
                case "before" -> before = time(name, value, false);
                case "after" -> after = time(name, value, true);
                case "pinned" -> pinned = bool(value);
                default -> throw new IllegalStateException(name);
            }
        }

        Filters build() {
            if (before != null && after != null && !after.isBefore(before)) {
                throw refused("after", "must be earlier than before:");
            }
            return new Filters(from, in, servers, has, mentions, before, after, pinned);
        }

        private long user(String name, String value) {
            if (ID.matcher(value).matches()) {
                return Long.parseLong(value);
            }
            Matcher username = USERNAME.matcher(value.toLowerCase(Locale.ROOT));
            if (!username.matches()) {
                throw refused(name, "must be a user id or a username");
            }
            // nobody has id -1: an unknown name finds nothing instead of being ignored
            return usernames.idOf(username.group(1)).orElse(-1L);
        }

        private long id(String name, String value, String what) {
            if (!ID.matcher(value).matches() || Long.parseUnsignedLong(value) > Long.MAX_VALUE) {
                throw refused(name, "must be " + what);
            }
            return Long.parseLong(value);
        }

        private int has(String value) {
            try {
                return Filters.Has.valueOf(value.toUpperCase(Locale.ROOT)).bit();
            } catch (IllegalArgumentException e) {
                throw refused("has", "must be one of link, image, file, video");
            }
        }

        /** A date ({@code 2026-03-01}, whole UTC days: {@code after:} means after that day) or an ISO instant. */
        private Instant time(String name, String value, boolean endOfDay) {
            try {
                if (value.length() == 10) {
                    LocalDate day = LocalDate.parse(value);
                    return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw refused(name, "must be a date (2026-03-01) or an ISO-8601 instant");
            }
        }

        private Boolean bool(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> Boolean.TRUE;
                case "false", "no" -> Boolean.FALSE;
                default -> throw refused("pinned", "must be true or false");
            };
        }
    }

    private static BadRequestException refused(String operator, String message) {
        return BadRequestException.field("q", operator + ": " + message);
    }

    /** The operators, by name: what {@link TypeSearcher#supportedFilters()} lists from. */
    public static final Set<String> OPERATORS =
            Set.of("from", "in", "server", "has", "mentions", "before", "after", "pinned");
}
