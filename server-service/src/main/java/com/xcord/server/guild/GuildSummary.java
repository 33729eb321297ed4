package com.xcord.server.guild;

/** What another feature may show of a server without being a member (an invite's preview). */
public record GuildSummary(long id, String name, Long iconMediaId, int memberCount) {
}
