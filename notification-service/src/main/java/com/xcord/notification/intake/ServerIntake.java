package com.xcord.notification.intake;

import com.xcord.events.server.ServerEvents;
import com.xcord.notification.guild.Guilds;
import com.xcord.notification.inbox.Inbox;
import com.xcord.permissions.Permissions;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * server-service's events, in their order (one partition per server): the permission projection (servers, channels
 * and their overwrites, members and their roles, role bits) and channel messages' mentions — direct ones at once,
 * @everyone and role mentions handed to the batched fan-out — and deleted messages taking their mentions back.
 */
@Component
class ServerIntake extends EventProjection {

    ServerIntake(IdempotentConsumer once, Guilds guilds, Mentions mentions, Inbox inbox) {
        super("notification.server", once);
        on(ServerEvents.SERVER_CREATED, s -> guilds.serverCreated(id(s.serverId()), id(s.ownerId())));
        on(ServerEvents.SERVER_UPDATED, s -> guilds.serverUpdated(id(s.serverId()), id(s.ownerId())));
        on(ServerEvents.SERVER_DELETED, s -> guilds.serverDeleted(id(s.serverId())));
        on(ServerEvents.CHANNEL_CREATED, c -> guilds.channelChanged(id(c.serverId()), id(c.channelId()),
                c.overwrites()));
        on(ServerEvents.CHANNEL_UPDATED, c -> guilds.channelChanged(id(c.serverId()), id(c.channelId()),
                c.overwrites()));
        on(ServerEvents.CHANNEL_DELETED, c -> guilds.channelDeleted(id(c.channelId())));
        on(ServerEvents.MEMBER_JOINED, m -> guilds.memberJoined(id(m.serverId()), id(m.userId())));
        on(ServerEvents.MEMBER_UPDATED, m -> guilds.memberUpdated(id(m.serverId()), id(m.userId()),
                m.roleIds() == null ? List.of() : m.roleIds().stream().map(ServerIntake::id).toList()));
        on(ServerEvents.MEMBER_LEFT, m -> guilds.memberGone(id(m.serverId()), id(m.userId())));
        on(ServerEvents.MEMBER_KICKED, m -> guilds.memberGone(id(m.serverId()), id(m.userId())));
        on(ServerEvents.MEMBER_BANNED, m -> guilds.memberGone(id(m.serverId()), id(m.userId())));
        on(ServerEvents.ROLE_CREATED, r -> guilds.roleChanged(id(r.serverId()), id(r.roleId()), bits(r.permissions())));
        on(ServerEvents.ROLE_UPDATED, r -> guilds.roleChanged(id(r.serverId()), id(r.roleId()), bits(r.permissions())));
        on(ServerEvents.ROLE_DELETED, r -> guilds.roleDeleted(id(r.serverId()), id(r.roleId())));
        on(ServerEvents.MESSAGE_CREATED, m -> mentions.posted(new Mentions.Posted(id(m.serverId()),
                id(m.channelId()), id(m.messageId()), id(m.authorId()), m.content(), ids(m.mentionUserIds()),
                ids(m.mentionRoleIds()), m.mentionEveryone(), m.createdAt())));
        // version 2 carries media objects instead of attachment ids; its mentions are the same
        on(ServerEvents.MESSAGE_CREATED_V2, m -> mentions.posted(new Mentions.Posted(id(m.serverId()),
                id(m.channelId()), id(m.messageId()), id(m.authorId()), m.content(), ids(m.mentionUserIds()),
                ids(m.mentionRoleIds()), m.mentionEveryone(), m.createdAt())));
        on(ServerEvents.MESSAGE_DELETED, m -> {
            mentions.deleted(id(m.messageId()));
            inbox.subjectGone(Mentions.MESSAGE, id(m.messageId()));
        });
    }

    static long id(String value) {
        return Long.parseLong(value);
    }

    static List<Long> ids(List<String> values) {
        return values == null ? List.of() : values.stream().map(ServerIntake::id).toList();
    }

    private static long bits(String permissions) {
        return Permissions.parse(permissions).orElse(0L);
    }
}
