package com.xcord.realtime.projection;

import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.ChannelDeleted;
import com.xcord.events.server.ChannelOverwrite;
import com.xcord.events.server.ChannelUpdated;
import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.MessageDeleted;
import com.xcord.events.server.MessageUpdated;
import com.xcord.events.server.RoleCreated;
import com.xcord.events.server.RoleDeleted;
import com.xcord.events.server.RoleUpdated;
import com.xcord.events.server.ServerCreated;
import com.xcord.events.server.ServerDeleted;
import com.xcord.events.server.ServerUpdated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    ServerRoutes(Projection projection, Delivery delivery) {
        this.p = projection;
        this.delivery = delivery;
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
                .on(MessageCreated.class, this::messageCreated)
                .on(MessageUpdated.class, this::messageUpdated)
                .on(MessageDeleted.class, this::messageDeleted);
    }

    private void serverCreated(ServerCreated s, String id, boolean live) {
        // the creator is the first member; their SERVER_CREATE goes out with their member.joined
        p.putServer(new Projection.ServerInfo(s.serverId(), s.ownerId(), s.name(), s.description(), s.iconMediaId()));
        if (!p.isMember(s.serverId(), s.ownerId())) {
            p.putMember(s.serverId(), new Projection.Member(s.ownerId(), null, List.of()));
        }
    }

    private void serverUpdated(ServerUpdated s, String id, boolean live) {
        p.putServer(new Projection.ServerInfo(s.serverId(), s.ownerId(), s.name(), s.description(), s.iconMediaId()));
        if (live) {
            delivery.toUsers(p.memberIdsOf(s.serverId()), "SERVER_UPDATE", s, id);
        }
    }

    private void serverDeleted(ServerDeleted s, String id, boolean live) {
        List<String> to = p.memberIdsOf(s.serverId());
        p.removeServer(s.serverId());
        if (live) {
            delivery.toUsers(to, "SERVER_DELETE", Map.of("id", s.serverId()), id);
        }
    }

    private void channelCreated(ChannelCreated c, String id, boolean live) {
        p.putChannel(new Projection.Channel(c.channelId(), c.serverId(), c.type(), c.name(), c.topic(),
                c.parentId(), c.position(), c.slowModeSeconds(), nn(c.overwrites())));
        if (live) {
            delivery.toUsers(p.viewersOf(c.serverId(), c.channelId()), "CHANNEL_CREATE", c, id);
        }
    }

    private void channelUpdated(ChannelUpdated c, String id, boolean live) {
        List<String> before = p.viewersOf(c.serverId(), c.channelId());
        p.putChannel(new Projection.Channel(c.channelId(), c.serverId(), c.type(), c.name(), c.topic(),
                c.parentId(), c.position(), c.slowModeSeconds(), nn(c.overwrites())));
        if (live) {
            List<String> after = p.viewersOf(c.serverId(), c.channelId());
            delivery.toUsers(after, "CHANNEL_UPDATE", c, id);
            List<String> lost = new ArrayList<>(before);
            lost.removeAll(after);
            delivery.toUsers(lost, "CHANNEL_DELETE", Map.of("serverId", c.serverId(), "channelId", c.channelId()), id);
        }
    }

    private void channelDeleted(ChannelDeleted c, String id, boolean live) {
        List<String> to = p.viewersOf(c.serverId(), c.channelId());
        p.removeChannel(c.serverId(), c.channelId());
        if (live) {
            delivery.toUsers(to, "CHANNEL_DELETE", c, id);
        }
    }

    private void roleCreated(RoleCreated r, String id, boolean live) {
        p.putRole(r.serverId(), new Projection.Role(r.roleId(), r.name(), Projection.bits(r.permissions()),
                r.position(), r.color(), r.mentionable()));
        if (live) {
            delivery.toUsers(p.memberIdsOf(r.serverId()), "ROLE_CREATE", r, id);
        }
    }

    private void roleUpdated(RoleUpdated r, String id, boolean live) {
        p.putRole(r.serverId(), new Projection.Role(r.roleId(), r.name(), Projection.bits(r.permissions()),
                r.position(), r.color(), r.mentionable()));
        if (live) {
            delivery.toUsers(p.memberIdsOf(r.serverId()), "ROLE_UPDATE", r, id);
        }
    }

    private void roleDeleted(RoleDeleted r, String id, boolean live) {
        p.removeRole(r.serverId(), r.roleId());
        if (live) {
            delivery.toUsers(p.memberIdsOf(r.serverId()), "ROLE_DELETE", r, id);
        }
    }

    private void messageCreated(MessageCreated m, String id, boolean live) {
        if (live) {
            delivery.toUsers(p.viewersOf(m.serverId(), m.channelId()), "MESSAGE_CREATE", m, id);
        }
    }

    private void messageUpdated(MessageUpdated m, String id, boolean live) {
        if (live) {
            delivery.toUsers(p.viewersOf(m.serverId(), m.channelId()), "MESSAGE_UPDATE", m, id);
        }
    }

    private void messageDeleted(MessageDeleted m, String id, boolean live) {
        if (live) {
            delivery.toUsers(p.viewersOf(m.serverId(), m.channelId()), "MESSAGE_DELETE", m, id);
        }
    }

    private static List<ChannelOverwrite> nn(List<ChannelOverwrite> list) {
        return list == null ? List.of() : list;
    }
}
