package com.xcord.events.server;

/**
 * A channel permission overwrite: {@code type} is {@code role} or {@code member}, {@code allow}
 * and {@code deny} are permission bitfields as decimal strings.
 */
public record ChannelOverwrite(String targetId, String type, String allow, String deny) {
}
