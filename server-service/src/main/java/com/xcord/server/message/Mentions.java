package com.xcord.server.message;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mentions written in a message, Discord's syntax: {@code <@userId>} (or {@code <@!userId>}),
 * {@code <@&roleId>}, {@code @everyone} and {@code @here} (both mean everyone here). What is
 * written is not yet what counts: {@link MessagePosting} keeps members, existing roles and
 * {@code @everyone} only where the author may use them.
 */
record Mentions(Set<Long> userIds, Set<Long> roleIds, boolean everyone) {

    static final int MAX = 100;

    private static final Pattern USER = Pattern.compile("<@!?(\\d{1,19})>");
    private static final Pattern ROLE = Pattern.compile("<@&(\\d{1,19})>");
    private static final Pattern EVERYONE = Pattern.compile("(?<![\\w`])@(everyone|here)\\b");

    static final Mentions NONE = new Mentions(Set.of(), Set.of(), false);

    static Mentions parse(String content) {
        return new Mentions(ids(USER.matcher(content)), ids(ROLE.matcher(content)), EVERYONE.matcher(content).find());
    }

    private static Set<Long> ids(Matcher matcher) {
        Set<Long> ids = new LinkedHashSet<>();
        while (matcher.find() && ids.size() < MAX) {
            try {
                ids.add(Long.parseLong(matcher.group(1)));
            } catch (NumberFormatException ignored) {
                // longer than a long: not an id
            }
        }
        return ids;
    }
}
