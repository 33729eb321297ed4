package com.xcord.feed.post;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a post's text refers to: {@code @username} mentions and {@code #hashtags}. */
record PostText(Set<String> mentionedUsernames, List<String> hashtags) {

    static final int MAX_LENGTH = 500;

    /** Usernames are {@code [a-z0-9_.]{2,32}}; a mention is not preceded by a word character (e-mail addresses). */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9_.]{2,32})");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w#&])#([\\p{L}\\p{N}_]{1,64})");
    private static final int MAX_TAGS = 20;

    static PostText of(String content) {
        Set<String> mentions = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        if (content != null) {
            Matcher m = MENTION.matcher(content);
            while (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\.+$", "");
                if (name.length() >= 2) {
                    mentions.add(name);
                }
            }
            Matcher h = HASHTAG.matcher(content);
            while (h.find() && tags.size() < MAX_TAGS) {
                String tag = h.group(1).toLowerCase(Locale.ROOT);
                if (!tag.chars().allMatch(Character::isDigit)) {
                    tags.add(tag);
                }
            }
        }
        return new PostText(mentions, List.copyOf(tags));
    }
}
