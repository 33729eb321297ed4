package com.xcord.realtime.routes.server;

import static com.xcord.realtime.protocol.DispatchType.CHANNEL_CREATE;
import static com.xcord.realtime.protocol.DispatchType.CHANNEL_DELETE;
import static com.xcord.realtime.protocol.DispatchType.MEMBER_ADD;
import static com.xcord.realtime.protocol.DispatchType.MEMBER_REMOVE;
import static com.xcord.realtime.protocol.DispatchType.MEMBER_UPDATE;
import static com.xcord.realtime.protocol.DispatchType.SERVER_CREATE;
import static com.xcord.realtime.protocol.DispatchType.SERVER_DELETE;

import com.xcord.events.server.MemberBanned;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MemberKicked;
import com.xcord.events.server.MemberLeft;
import com.xcord.events.server.MemberUpdated;
import com.xcord.realtime.delivery.Delivery;
import com.xcord.realtime.projection.EventRoutes;
import com.xcord.realtime.projection.Projection;
import com.xcord.realtime.projection.RouteTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * server-service's membership events. The member concerned is told as if the server appeared
 * (SERVER_CREATE, as they see it) or vanished (SERVER_DELETE); the other members get MEMBER_*. A role change
 * also tells the member which channels appeared or vanished for them.
 */
@Component
class MemberRoutes implements EventRoutes {

    private final Projection p;
    private final Delivery delivery;
    private final ServerViews views;

    MemberRoutes(Projection projection, Delivery delivery, ServerViews views) {
        this.p = projection;
        this.delivery = delivery;
        this.views = views;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(MemberJoined.class, this::memberJoined)
                .on(MemberLeft.class, (m, id, live) -> removeMember(m.serverId(), m.userId(), id, live))
                .on(MemberKicked.class, (m, id, live) -> removeMember(m.serverId(), m.userId(), id, live))
                .on(MemberBanned.class, this::memberBanned)
                .on(MemberUpdated.class, this::memberUpdated);
    }

    private void memberJoined(MemberJoined m, String id, boolean live) {
        if (!p.isMember(m.serverId(), m.userId())) {
            p.putMember(m.serverId(), new Projection.Member(m.userId(), null, List.of(), m.joinedAt()));
        }
        if (live) {
            Projection.Server server = p.server(m.serverId());
            if (server != null) {
                delivery.toUser(m.userId(), SERVER_CREATE, views.snapshot(server, m.userId()), id);
                List<String> others = p.memberIdsOf(m.serverId());
                others.remove(m.userId());
                delivery.toUsers(others, MEMBER_ADD, ServerViews.member(m.serverId(), server.member(m.userId())), id);
            }
        }
    }

    private void memberBanned(MemberBanned m, String id, boolean live) {
        if (m.wasMember() || p.isMember(m.serverId(), m.userId())) {
            removeMember(m.serverId(), m.userId(), id, live);
        }
    }

    private void memberUpdated(MemberUpdated m, String id, boolean live) {
        if (p.isMember(m.serverId(), m.userId())) {
            Projection.Server server = p.server(m.serverId());
            Set<String> visibleBefore = visibleChannels(server, m.userId());
            Projection.Member member = new Projection.Member(m.userId(), m.nickname(),
                    m.roleIds() == null ? List.of() : m.roleIds(), server.member(m.userId()).joinedAt());
            p.putMember(m.serverId(), member);
            if (live) {
                delivery.toUsers(p.memberIdsOf(m.serverId()), MEMBER_UPDATE, ServerViews.member(m.serverId(), member), id);
                channelVisibilityChanged(server, m.userId(), visibleBefore, id);
            }
        }
    }

    private void removeMember(String serverId, String userId, String id, boolean live) {
        p.removeMember(serverId, userId);
        if (live) {
            delivery.toUser(userId, SERVER_DELETE, ServerViews.serverDeleted(serverId), id);
            delivery.toUsers(p.memberIdsOf(serverId), MEMBER_REMOVE, ServerViews.memberRemoved(serverId, userId), id);
        }
    }

    private Set<String> visibleChannels(Projection.Server server, String userId) {
        Set<String> visible = new HashSet<>();
        if (server != null) {
            for (Projection.Channel c : server.channels()) {
                if (p.canView(server, c, userId)) {
                    visible.add(c.id());
                }
            }
        }
        return visible;
    }

    /** A member's roles changed: tell them about channels that appeared or vanished for them. */
    private void channelVisibilityChanged(Projection.Server server, String userId, Set<String> before, String id) {
        if (server == null) {
            return;
        }
        Set<String> after = visibleChannels(server, userId);
        for (Projection.Channel c : server.channels()) {
            boolean was = before.contains(c.id());
            boolean is = after.contains(c.id());
            if (was && !is) {
                delivery.toUser(userId, CHANNEL_DELETE, ServerViews.channelDeleted(server.info().id(), c.id()),
                        id + ":" + c.id());
            } else if (!was && is) {
                delivery.toUser(userId, CHANNEL_CREATE, ServerViews.channel(c), id + ":" + c.id());
            }
        }
    }
}
