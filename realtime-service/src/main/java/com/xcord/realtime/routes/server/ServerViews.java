package com.xcord.realtime.routes.server;

import com.xcord.events.server.ChannelOverwrite;
import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.MessageCreatedV2;
import com.xcord.events.server.MessageDeleted;
import com.xcord.events.server.MessageUpdated;
import com.xcord.events.server.MessageUpdatedV2;
import com.xcord.events.server.MessageUpdatedV3;
import com.xcord.permissions.Permissions;
import com.xcord.realtime.projection.Projection;
import com.xcord.realtime.protocol.DispatchPayload;
import com.xcord.realtime.protocol.DispatchType;
import com.xcord.realtime.routes.media.MediaViews;
import com.xcord.realtime.routes.media.MediaViews.MediaObjectView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What clients see of server-service's events: its REST resources' shapes (server-service's {@code MessageView},
 * {@code ChannelView}, {@code ServerView}, {@code RoleView}, {@code MemberView}), mapped from the events and the
 * projection here and nowhere else. A field no event carries and the projection does not know is the REST
 * default (null, empty): see "known gaps" in the README.
 */
@Component
public class ServerViews {

    /** server-service's {@code ServerView}. */
    @DispatchPayload(DispatchType.SERVER_UPDATE)
    public record ServerView(String id, String name, String description, String iconMediaId, String ownerId,
            int memberCount, Instant createdAt) {
    }

    /**
     * The server as a member sees it when it appears (READY's {@code servers}, SERVER_CREATE): the
     * {@link ServerView} fields plus the channels the member may view and the roles.
     */
    @DispatchPayload(DispatchType.SERVER_CREATE)
    public record ServerSnapshotView(String id, String name, String description, String iconMediaId, String ownerId,
            int memberCount, Instant createdAt, List<ChannelView> channels, List<RoleView> roles) {
    }

    @DispatchPayload(DispatchType.SERVER_DELETE)
    public record ServerDeleteView(String id) {
    }

    /** server-service's {@code ChannelView}; overwrites as {@code {id, type: role|member, allow, deny}}. */
    @DispatchPayload({DispatchType.CHANNEL_CREATE, DispatchType.CHANNEL_UPDATE})
    public record ChannelView(String id, String serverId, String type, String name, String topic, String parentId,
            int position, int slowModeSeconds, List<OverwriteView> overwrites, Instant createdAt) {
    }

    public record OverwriteView(String id, String type, String allow, String deny) {
    }

    @DispatchPayload(DispatchType.CHANNEL_DELETE)
    public record ChannelDeleteView(String id, String serverId) {
    }

    /** server-service's {@code RoleView}; {@code permissions} a decimal bitfield. */
    @DispatchPayload({DispatchType.ROLE_CREATE, DispatchType.ROLE_UPDATE})
    public record RoleView(String id, String serverId, String name, String permissions, int position, int color,
            boolean mentionable, Instant createdAt) {
    }

    @DispatchPayload(DispatchType.ROLE_DELETE)
    public record RoleDeleteView(String id, String serverId) {
    }

    /** server-service's {@code MemberView}: roles besides {@code @everyone}. */
    @DispatchPayload({DispatchType.MEMBER_ADD, DispatchType.MEMBER_UPDATE})
    public record MemberView(String userId, String serverId, String nickname, List<String> roleIds, Instant joinedAt) {
    }

    @DispatchPayload(DispatchType.MEMBER_REMOVE)
    public record MemberRemoveView(String serverId, String userId) {
    }

    /** server-service's channel {@code MessageView}: {@code attachments} the media objects, as REST shows them. */
    @DispatchPayload({DispatchType.MESSAGE_CREATE, DispatchType.MESSAGE_UPDATE})
    public record ChannelMessageView(String id, String serverId, String channelId, String authorId, String content,
            String nonce, List<String> mentionUserIds, List<String> mentionRoleIds, boolean mentionEveryone,
            List<String> attachmentIds, List<MediaObjectView> attachments, Instant createdAt, Instant editedAt) {
    }

    @DispatchPayload(DispatchType.MESSAGE_DELETE)
    public record MessageDeleteView(String id, String serverId, String channelId) {
    }

    private final Projection projection;

    ServerViews(Projection projection) {
        this.projection = projection;
    }

    // ---- servers ----

    ServerView server(Projection.Server server) {
        Projection.ServerInfo info = server.info();
        return new ServerView(info.id(), info.name(), info.description(), info.iconMediaId(), info.ownerId(),
                server.memberIds().size(), info.createdAt());
    }

    /** The server as this member sees it: only the channels they may view. */
    ServerSnapshotView snapshot(Projection.Server server, String userId) {
        ServerView s = server(server);
        List<ChannelView> channels = server.channels().stream()
                .filter(c -> projection.canView(server, c, userId))
                .sorted(Comparator.comparingInt(Projection.Channel::position).thenComparing(Projection.Channel::id))
                .map(ServerViews::channel)
                .toList();
        List<RoleView> roles = server.roles().stream()
                .sorted(Comparator.comparingInt(Projection.Role::position).thenComparing(Projection.Role::id))
                .map(r -> role(s.id(), r))
                .toList();
        return new ServerSnapshotView(s.id(), s.name(), s.description(), s.iconMediaId(), s.ownerId(),
                s.memberCount(), s.createdAt(), channels, roles);
    }

    /** READY's {@code servers}: every server the user is a member of, as they see it. */
    public List<ServerSnapshotView> serversOf(String userId) {
        List<ServerSnapshotView> list = new ArrayList<>();
        for (String serverId : projection.serverIdsOf(userId)) {
            Projection.Server server = projection.server(serverId);
            if (server != null) {
                list.add(snapshot(server, userId));
            }
        }
        return list;
    }

    static ServerDeleteView serverDeleted(String serverId) {
        return new ServerDeleteView(serverId);
    }

    // ---- channels ----

    static ChannelView channel(Projection.Channel c) {
        List<OverwriteView> overwrites = c.overwrites().stream()
                .map(o -> new OverwriteView(o.targetId(), o.type(), o.allow(), o.deny()))
                .toList();
        return new ChannelView(c.id(), c.serverId(), c.type(), c.name(), c.topic(), c.parentId(), c.position(),
                c.slowModeSeconds(), overwrites, c.createdAt());
    }

    static ChannelDeleteView channelDeleted(String serverId, String channelId) {
        return new ChannelDeleteView(channelId, serverId);
    }

    /** Events carry overwrites as {@code {targetId, type, allow, deny}}; a missing list is no overwrites. */
    static List<ChannelOverwrite> overwrites(List<ChannelOverwrite> fromEvent) {
        return fromEvent == null ? List.of() : fromEvent;
    }

    // ---- roles ----

    static RoleView role(String serverId, Projection.Role r) {
        return new RoleView(r.id(), serverId, r.name(), Permissions.format(r.permissions()), r.position(), r.color(),
                r.mentionable(), r.createdAt());
    }

    static RoleDeleteView roleDeleted(String serverId, String roleId) {
        return new RoleDeleteView(roleId, serverId);
    }

    // ---- members ----

    static MemberView member(String serverId, Projection.Member m) {
        return new MemberView(m.userId(), serverId, m.nickname(), m.roleIds(), m.joinedAt());
    }

    static MemberRemoveView memberRemoved(String serverId, String userId) {
        return new MemberRemoveView(serverId, userId);
    }

    // ---- channel messages ----

    /** {@code message.created} version 1 (still on the topic, no longer published): attachment ids only. */
    static ChannelMessageView message(MessageCreated m) {
        return new ChannelMessageView(m.messageId(), m.serverId(), m.channelId(), m.authorId(), m.content(), m.nonce(),
                nn(m.mentionUserIds()), nn(m.mentionRoleIds()), m.mentionEveryone(), nn(m.attachmentIds()), List.of(),
                m.createdAt(), null);
    }

    /** {@code message.created} version 2: the attachments as media objects. */
    static ChannelMessageView message(MessageCreatedV2 m) {
        return new ChannelMessageView(m.messageId(), m.serverId(), m.channelId(), m.authorId(), m.content(), m.nonce(),
                nn(m.mentionUserIds()), nn(m.mentionRoleIds()), m.mentionEveryone(), MediaViews.ids(m.attachments()),
                MediaViews.of(m.attachments()), m.createdAt(), null);
    }

    /**
     * {@code message.updated} version 1 (still on the topic, no longer published) names neither the nonce, the
     * attachments nor the creation time: REST defaults.
     */
    static ChannelMessageView message(MessageUpdated m) {
        return new ChannelMessageView(m.messageId(), m.serverId(), m.channelId(), m.authorId(), m.content(), null,
                nn(m.mentionUserIds()), nn(m.mentionRoleIds()), m.mentionEveryone(), List.of(), List.of(), null,
                m.editedAt());
    }

    /** {@code message.updated} version 2 (no longer published): the whole edited message, attachment ids only. */
    static ChannelMessageView message(MessageUpdatedV2 m) {
        return new ChannelMessageView(m.messageId(), m.serverId(), m.channelId(), m.authorId(), m.content(), m.nonce(),
                nn(m.mentionUserIds()), nn(m.mentionRoleIds()), m.mentionEveryone(), nn(m.attachmentIds()), List.of(),
                m.createdAt(), m.editedAt());
    }

    /** {@code message.updated} version 3: the whole edited message, attachments as media objects. */
    static ChannelMessageView message(MessageUpdatedV3 m) {
        return new ChannelMessageView(m.messageId(), m.serverId(), m.channelId(), m.authorId(), m.content(), m.nonce(),
                nn(m.mentionUserIds()), nn(m.mentionRoleIds()), m.mentionEveryone(), MediaViews.ids(m.attachments()),
                MediaViews.of(m.attachments()), m.createdAt(), m.editedAt());
    }

    static MessageDeleteView messageDeleted(MessageDeleted m) {
        return new MessageDeleteView(m.messageId(), m.serverId(), m.channelId());
    }

    private static List<String> nn(List<String> list) {
        return list == null ? List.of() : list;
    }
}
