package com.xcord.search.ingest;

import com.xcord.events.server.ChannelOverwrite;
import com.xcord.search.SearchProperties;
import com.xcord.search.messages.ChannelMessages;
import com.xcord.search.servers.ServerStructure;
import com.xcord.search.text.ContentFlags;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static com.xcord.events.server.ServerEvents.*;
import static com.xcord.search.ingest.EventIds.ids;
import static com.xcord.search.ingest.EventIds.kinds;
import static com.xcord.servicekit.id.Ids.parse;

/**
 * server-service's topic, in one listener: the structure that decides who reads which channel and the messages
 * themselves arrive in the order they happened (all keyed by server), so a message is never indexed for a channel
 * state it was not written in.
 */
@Component
class ServerEventsIndexer extends EventProjection {

    private final ChannelMessages messages;
    private final IndexLag lag;

    ServerEventsIndexer(IdempotentConsumer once, ServerStructure servers, ChannelMessages messages,
            SearchProperties properties, IndexLag lag) {
        super(Consumers.name("server", properties), once);
        this.messages = messages;
        this.lag = lag;
        on(SERVER_CREATED, s -> {
            servers.upsertServer(parse(s.serverId()), parse(s.ownerId()), s.name(), s.description(), s.createdAt());
            // the owner's membership comes as member.joined; @everyone's bits as role.created
        });
        on(SERVER_UPDATED, s -> servers.upsertServer(parse(s.serverId()), parse(s.ownerId()), s.name(),
                s.description(), s.updatedAt()));
        on(SERVER_DELETED, s -> servers.deleteServer(parse(s.serverId())));
        on(CHANNEL_CREATED, c -> servers.upsertChannel(parse(c.serverId()), parse(c.channelId()), c.type(), c.name(),
                overwrites(c.overwrites()), c.createdAt()));
        on(CHANNEL_UPDATED, c -> servers.upsertChannel(parse(c.serverId()), parse(c.channelId()), c.type(), c.name(),
                overwrites(c.overwrites()), c.updatedAt()));
        on(CHANNEL_DELETED, c -> servers.deleteChannel(parse(c.channelId())));
        on(ROLE_CREATED, r -> servers.upsertRole(parse(r.serverId()), parse(r.roleId()), Long.parseLong(r.permissions()),
                r.createdAt()));
        on(ROLE_UPDATED, r -> servers.upsertRole(parse(r.serverId()), parse(r.roleId()), Long.parseLong(r.permissions()),
                r.updatedAt()));
        on(ROLE_DELETED, r -> servers.deleteRole(parse(r.serverId()), parse(r.roleId())));
        on(MEMBER_JOINED, m -> servers.join(parse(m.serverId()), parse(m.userId())));
        on(MEMBER_UPDATED, m -> servers.memberRoles(parse(m.serverId()), parse(m.userId()), ids(m.roleIds())));
        on(MEMBER_LEFT, m -> servers.leave(parse(m.serverId()), parse(m.userId())));
        on(MEMBER_KICKED, m -> servers.leave(parse(m.serverId()), parse(m.userId())));
        on(MEMBER_BANNED, m -> servers.leave(parse(m.serverId()), parse(m.userId())));
        // version 1 names attachments by id only (any is has:file); versions 2 and 3 embed them with their kind
        on(MESSAGE_CREATED, m -> created(message(m.serverId(), m.channelId(), m.messageId(), m.authorId(),
                m.content(), m.mentionUserIds(), ContentFlags.of(m.content(), m.attachmentIds()), m.createdAt(), null)));
        on(MESSAGE_CREATED_V2, m -> created(message(m.serverId(), m.channelId(), m.messageId(), m.authorId(),
                m.content(), m.mentionUserIds(), ContentFlags.ofKinds(m.content(), kinds(m.attachments())),
                m.createdAt(), null)));
        on(MESSAGE_UPDATED, m -> messages.edit(parse(m.messageId()), m.content(), ids(m.mentionUserIds()),
                ContentFlags.of(m.content(), null), m.editedAt()));
        on(MESSAGE_UPDATED_V2, m -> messages.upsert(message(m.serverId(), m.channelId(), m.messageId(), m.authorId(),
                m.content(), m.mentionUserIds(), ContentFlags.of(m.content(), m.attachmentIds()), m.createdAt(),
                m.editedAt())));
        on(MESSAGE_UPDATED_V3, m -> messages.upsert(message(m.serverId(), m.channelId(), m.messageId(), m.authorId(),
                m.content(), m.mentionUserIds(), ContentFlags.ofKinds(m.content(), kinds(m.attachments())),
                m.createdAt(), m.editedAt())));
        on(MESSAGE_DELETED, m -> messages.delete(parse(m.messageId())));
    }

    private void created(ChannelMessages.Indexed message) {
        messages.upsert(message);
        lag.indexed("server", message.createdAt());
    }

    private static ChannelMessages.Indexed message(String serverId, String channelId, String messageId,
            String authorId, String content, List<String> mentionUserIds, int hasFlags, Instant createdAt,
            Instant editedAt) {
        return new ChannelMessages.Indexed(parse(messageId), parse(serverId), parse(channelId), parse(authorId),
                content, ids(mentionUserIds), hasFlags, createdAt, editedAt);
    }

    private static List<ServerStructure.Overwrite> overwrites(List<ChannelOverwrite> overwrites) {
        return overwrites == null ? List.of() : overwrites.stream()
                .map(o -> new ServerStructure.Overwrite(parse(o.targetId()), o.type(), Long.parseLong(o.allow()),
                        Long.parseLong(o.deny())))
                .toList();
    }
}
