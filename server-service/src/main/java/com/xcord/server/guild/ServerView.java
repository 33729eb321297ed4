package com.xcord.server.guild;

import com.xcord.servicekit.id.Ids;

import java.time.Instant;

/** A server as the API shows it. */
record ServerView(String id, String name, String description, String iconMediaId, String ownerId, int memberCount,
        Instant createdAt) {

    static ServerView of(Guild guild) {
        return new ServerView(Ids.format(guild.id()), guild.name(), guild.description(),
                Ids.formatNullable(guild.iconMediaId()), Ids.format(guild.ownerId()), guild.memberCount(),
                guild.createdAt());
    }
}
