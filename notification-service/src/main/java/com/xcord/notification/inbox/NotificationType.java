package com.xcord.notification.inbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notification (DESIGN §3), with what each is about and its defaults: every kind shows in the app; those a
 * user would not want to miss also go to the email digest.
 */
public enum NotificationType {

    MENTION("mention", false, true),
    REPLY("reply", false, true),
    QUOTE("quote", false, true),
    LIKE("like", true, false),
    REPOST("repost", true, false),
    FOLLOW("follow", true, false),
    FRIEND_REQUEST("friend_request", false, true),
    FRIEND_ACCEPT("friend_accept", false, false),
    DM_MESSAGE("dm_message", false, true),
    LIVE_STARTED("live_started", false, false);

    private final String wire;
    private final boolean grouped;
    private final boolean emailByDefault;

    NotificationType(String wire, boolean grouped, boolean emailByDefault) {
        this.wire = wire;
        this.grouped = grouped;
        this.emailByDefault = emailByDefault;
    }

    /** The name in JSON and in the database. */
    public String wire() {
        return wire;
    }

    /** Likes, reposts and follows of one subject share a group; mentions, replies and the rest never do. */
    public boolean grouped() {
        return grouped;
    }

    public boolean emailByDefault() {
        return emailByDefault;
    }

    public static Optional<NotificationType> fromWire(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }
}
