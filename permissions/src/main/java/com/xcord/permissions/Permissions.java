package com.xcord.permissions;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Discord's permission bits (same values), as 64-bit bitfields. On the wire a bitfield is a
 * decimal string. Pure constants and parsing: other services (realtime, search) may copy or
 * share this package.
 */
public final class Permissions {

    public static final long CREATE_INVITE = 1L << 0;
    public static final long KICK_MEMBERS = 1L << 1;
    public static final long BAN_MEMBERS = 1L << 2;
    public static final long ADMINISTRATOR = 1L << 3;
    public static final long MANAGE_CHANNELS = 1L << 4;
    public static final long MANAGE_SERVER = 1L << 5;
    public static final long ADD_REACTIONS = 1L << 6;
    public static final long VIEW_CHANNEL = 1L << 10;
    public static final long SEND_MESSAGES = 1L << 11;
    public static final long SEND_TTS_MESSAGES = 1L << 12;
    public static final long MANAGE_MESSAGES = 1L << 13;
    public static final long EMBED_LINKS = 1L << 14;
    public static final long ATTACH_FILES = 1L << 15;
    public static final long READ_MESSAGE_HISTORY = 1L << 16;
    public static final long MENTION_EVERYONE = 1L << 17;
    public static final long CHANGE_NICKNAME = 1L << 26;
    public static final long MANAGE_NICKNAMES = 1L << 27;
    public static final long MANAGE_ROLES = 1L << 28;

    /** Every bit Discord defines today (0..49); a bitfield with other bits is refused. */
    public static final long ALL = (1L << 50) - 1;

    /** What {@code @everyone} may do in a new server (Discord's defaults, without MENTION_EVERYONE). */
    public static final long DEFAULT_EVERYONE = CREATE_INVITE | ADD_REACTIONS | VIEW_CHANNEL | SEND_MESSAGES
            | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | CHANGE_NICKNAME;

    /** Bits that only mean something together with SEND_MESSAGES in a text channel. */
    static final long SEND_DEPENDENT = SEND_TTS_MESSAGES | EMBED_LINKS | ATTACH_FILES | MENTION_EVERYONE;

    public static boolean has(long bitfield, long permission) {
        return (bitfield & permission) == permission;
    }

    /** The wire form: a decimal string. */
    public static String format(long bitfield) {
        return Long.toString(bitfield);
    }

    /** Parses the wire form; empty if it is not a decimal bitfield of known bits. */
    public static Optional<Long> parse(String value) {
        if (value == null || value.isEmpty() || value.length() > 20 || !value.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        BigInteger parsed = new BigInteger(value);
        if (parsed.bitLength() > 63) {
            return Optional.empty();
        }
        long bits = parsed.longValue();
        return (bits & ~ALL) == 0 ? Optional.of(bits) : Optional.empty();
    }

    private Permissions() {
    }
}
