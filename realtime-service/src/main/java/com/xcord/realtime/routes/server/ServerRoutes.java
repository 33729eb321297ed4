package com.xcord.realtime.routes.server;

import static com.xcord.realtime.protocol.DispatchType.CHANNEL_CREATE;
import static com.xcord.realtime.protocol.DispatchType.CHANNEL_DELETE;
import static com.xcord.realtime.protocol.DispatchType.CHANNEL_UPDATE;
import static com.xcord.realtime.protocol.DispatchType.MESSAGE_CREATE;
import static com.xcord.realtime.protocol.DispatchType.MESSAGE_DELETE;
import static com.xcord.realtime.protocol.DispatchType.MESSAGE_UPDATE;
import static com.xcord.realtime.protocol.DispatchType.ROLE_CREATE;
import static com.xcord.realtime.protocol.DispatchType.ROLE_DELETE;
import static com.xcord.realtime.protocol.DispatchType.ROLE_UPDATE;
import static com.xcord.realtime.protocol.DispatchType.SERVER_DELETE;
import static com.xcord.realtime.protocol.DispatchType.SERVER_UPDATE;

import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.ChannelDeleted;
import com.xcord.events.server.ChannelUpdated;
import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.MessageCreatedV2;
import com.xcord.events.server.MessageDeleted;
import com.xcord.events.server.MessageUpdated;
import com.xcord.events.server.MessageUpdatedV2;
import com.xcord.events.server.MessageUpdatedV3;
import com.xcord.events.server.RoleCreated;
import com.xcord.events.server.RoleDeleted;
import com.xcord.events.server.RoleUpdated;
import com.xcord.events.server.ServerCreated;
import com.xcord.events.server.ServerDeleted;
import com.xcord.events.server.ServerUpdated;
import com.xcord.realtime.delivery.Delivery;
import com.xcord.realtime.projection.EventRoutes;
import com.xcord.realtime.projection.Projection;
import com.xcord.realtime.projection.RouteTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * server-service's servers, channels, roles and channel messages ({@link MemberRoutes} has its members).
 * Server and role changes go to the server's members; channel changes and messages to the members who may
 * view the channel (for an update: before or after it; who lost sight of it gets a CHANNEL_DELETE).
 */
@Component
class ServerRoutes implements EventRoutes {

    private final Projection p;
    private final Delivery delivery;
    private final ServerViews views;

    ServerRoutes(Projection projection, Delivery delivery, ServerViews views) {
        this.p = projection;
        this.delivery = delivery;
        this.views = views;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(ServerCreated.class, this::serverCreated)
                .on(ServerUpdated.class, this::serverUpdated)
                .on(ServerDeleted.class, this::serverDeleted)
                .on(ChannelCreated.class, this::channelCreated)
                .on(ChannelUpdated.class, this::channelUpdated)
                .on(ChannelDeleted.class, this::channelDeleted)
                .on(RoleCreated.class, this::roleCreated)
                .on(RoleUpdated.class, this::roleUpdated)
                .on(RoleDeleted.class, this::roleDeleted)
                .on(MessageCreated.class, (m, id, live) ->
                        messageCreated(m.serverId(), m.channelId(), ServerViews.message(m), id, live))
                .on(MessageCreatedV2.class, (m, id, live) ->
                        messageCreated(m.serverId(), m.channelId(), ServerViews.message(m), id, live))
                .on(MessageUpdated.class, (m, id, live) ->
                        messageUpdated(m.serverId(), m.channelId(), ServerViews.message(m), id, live))
                .on(MessageUpdatedV2.class, (m, id, live) ->
                        messageUpdated(m.serverId(), m.channelId(), ServerViews.message(m), id, live))
                .on(MessageUpdatedV3.class, (m, id, live) ->
                        messageUpdated(m.serverId(), m.channelId(), ServerViews.message(m), id, live))
                .on(MessageDeleted.class, this::messageDeleted);
    }

    private void serverCreated(ServerCreated s, String id, boolean live) {
        // the creator is the first member; their SERVER_CREATE goes out with their member.joined
        p.putServer(new Projection.ServerInfo(s.serverId(), s.ownerId(), s.name(), s.description(), s.iconMediaId(),
                s.createdAt()));
        if (!p.isMember(s.serverId(), s.ownerId())) {
            p.putMember(s.serverId(), new Projection.Member(s.ownerId(), null, List.of(), s.createdAt()));
        }
    }

    private void serverUpdated(ServerUpdated s, String id, boolean live) {
        Projection.Server old = p.server(s.serverId());
        Instant createdAt = old != null ? old.info().createdAt() : null;
        Projection.Server server = p.putServer(new Projection.ServerInfo(s.serverId(), s.ownerId(), s.name(),
                s.description(), s.iconMediaId(), createdAt));
        if (live) {
            delivery.toUsers(p.memberIdsOf(s.serverId()), SERVER_UPDATE, views.server(server), id);
        }
    }

    private void serverDeleted(ServerDeleted s, String id, boolean live) {
        List<String> to = p.memberIdsOf(s.serverId());
        p.removeServer(s.serverId());
        if (live) {
            delivery.toUsers(to, SERVER_DELETE, ServerViews.serverDeleted(s.serverId()), id);
        }
    }

    private void channelCreated(ChannelCreated c, String id, boolean live) {
        Projection.Channel channel = new Projection.Channel(c.channelId(), c.serverId(), c.type(), c.name(), c.topic(),
                c.parentId(), c.position(), c.slowModeSeconds(), ServerViews.overwrites(c.overwrites()), c.createdAt());
        p.putChannel(channel);
        if (live) {
            delivery.toUsers(p.viewersOf(c.serverId(), c.channelId()), CHANNEL_CREATE, ServerViews.channel(channel), id);
        }
    }

    private void channelUpdated(ChannelUpdated c, String id, boolean live) {
        List<String> before = p.viewersOf(c.serverId(), c.channelId());
        Projection.Channel channel = new Projection.Channel(c.channelId(), c.serverId(), c.type(), c.name(), c.topic(),
                c.parentId(), c.position(), c.slowModeSeconds(), ServerViews.overwrites(c.overwrites()),
                createdAtOf(c.serverId(), c.channelId()));
        p.putChannel(channel);
        if (live) {
            List<String> after = p.viewersOf(c.serverId(), c.channelId());
            delivery.toUsers(after, CHANNEL_UPDATE, ServerViews.channel(channel), id);
            List<String> lost = new ArrayList<>(before);
            lost.removeAll(after);
            delivery.toUsers(lost, CHANNEL_DELETE, ServerViews.channelDeleted(c.serverId(), c.channelId()), id);
        }
    }

    private Instant createdAtOf(String serverId, String channelId) {
        Projection.Server server = p.server(serverId);
        Projection.Channel old = server != null ? server.channel(channelId) : null;
        return old != null ? old.createdAt() : null;
    }

    private void channelDeleted(ChannelDeleted c, String id, boolean live) {
        List<String> to = p.viewersOf(c.serverId(), c.channelId());
        p.removeChannel(c.serverId(), c.channelId());
        if (live) {
            delivery.toUsers(to, CHANNEL_DELETE, ServerViews.channelDeleted(c.serverId(), c.channelId()), id);
        }
    }

    private void roleCreated(RoleCreated r, String id, boolean live) {
        Projection.Role role = new Projection.Role(r.roleId(), r.name(), Projection.bits(r.permissions()),
                r.position(), r.color(), r.mentionable(), r.createdAt());
        p.putRole(r.serverId(), role);
        if (live) {
            delivery.toUsers(p.memberIdsOf(r.serverId()), ROLE_CREATE, ServerViews.role(r.serverId(), role), id);
        }
    }

    private void roleUpdated(RoleUpdated r, String id, boolean live) {
        Projection.Server server = p.server(r.serverId());
        Projection.Role old = server != null ? server.role(r.roleId()) : null;
        Projection.Role role = new Projection.Role(r.roleId(), r.name(), Projection.bits(r.permissions()),
                r.position(), r.color(), r.mentionable(), old != null ? old.createdAt() : null);
        p.putRole(r.serverId(), role);
        if (live) {
            delivery.toUsers(p.memberIdsOf(r.serverId()), ROLE_UPDATE, ServerViews.role(r.serverId(), role), id);
        }
    }

    private void roleDeleted(RoleDeleted r, String id, boolean live) {
        p.removeRole(r.serverId(), r.roleId());
        if (live) {
            delivery.toUsers(p.memberIdsOf(r.serverId()), ROLE_DELETE, ServerViews.roleDeleted(r.serverId(), r.roleId()),
                    id);
        }
    }

    /** Any version of {@code message.created}: its view differs, not who gets it. */
    private void messageCreated(String serverId, String channelId, ServerViews.ChannelMessageView message, String id,
            boolean live) {
        if (live) {
            delivery.toUsers(p.viewersOf(serverId, channelId), MESSAGE_CREATE, message, id);
        }
    }

    /** Any version of {@code message.updated}: its view differs, not who gets it. */
    private void messageUpdated(String serverId, String channelId, ServerViews.ChannelMessageView message, String id,
            boolean live) {
        if (live) {
            delivery.toUsers(p.viewersOf(serverId, channelId), MESSAGE_UPDATE, message, id);
        }
    }

    private void messageDeleted(MessageDeleted m, String id, boolean live) {
        if (live) {
            delivery.toUsers(p.viewersOf(m.serverId(), m.channelId()), MESSAGE_DELETE, ServerViews.messageDeleted(m), id);
        }
    }
}
