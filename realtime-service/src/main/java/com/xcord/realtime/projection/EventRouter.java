package com.xcord.realtime.projection;

import com.xcord.events.EventEnvelope;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChanged;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.auth.SessionRevoked;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.auth.UserUpdated;
import com.xcord.events.dm.ConversationCreated;
import com.xcord.events.dm.ConversationUpdated;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.DmMessageCreated;
import com.xcord.events.dm.DmMessageDeleted;
import com.xcord.events.dm.DmMessageUpdated;
import com.xcord.events.dm.ParticipantAdded;
import com.xcord.events.dm.ParticipantRemoved;
import com.xcord.events.dm.ReadMarkerMoved;
import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.ChannelDeleted;
import com.xcord.events.server.ChannelUpdated;
import com.xcord.events.server.MemberBanned;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MemberKicked;
import com.xcord.events.server.MemberLeft;
import com.xcord.events.server.MemberUpdated;
import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.MessageDeleted;
import com.xcord.events.server.MessageUpdated;
import com.xcord.events.server.RoleCreated;
import com.xcord.events.server.RoleDeleted;
import com.xcord.events.server.RoleUpdated;
import com.xcord.events.server.ServerCreated;
import com.xcord.events.server.ServerDeleted;
import com.xcord.events.server.ServerEvents;
import com.xcord.events.server.ServerUpdated;
import com.xcord.realtime.ws.Json;
import com.xcord.realtime.ws.SessionRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Applies each event to the projection and, for live events, dispatches it to exactly the users who may
 * see it. Runs on the consumer thread, one event at a time in topic order, so a membership change takes
 * effect before the next event is routed (kicked: nothing after the kick; joined: everything after).
 *
 * <p>Routing: DM events go to the payload's {@code participantIds}; channel messages to server members
 * with VIEW_CHANNEL on that channel; server, role and member changes to the server's members; channel
 * changes to those who may view the channel (before or after the change); relationship changes to the
 * users involved (a block only to the blocker). Event types it does not know are ignored, so a new producer
 * plugs in by adding a case here, without touching delivery.
 */
@Component
public class EventRouter {

    private final Projection p;
    private final SessionRegistry sessions;
    private final Views views;

    public EventRouter(Projection projection, SessionRegistry sessions, Views views) {
        this.p = projection;
        this.sessions = sessions;
        this.views = views;
    }

    /** @param live false while replaying history at start-up: then only the projection changes */
    public void handle(EventEnvelope<?> e, boolean live) {
        Object data = e.data();
        String id = e.id();
        // ---- auth ----
        if (data instanceof UserRegistered u) {
            p.putUser(new Projection.User(u.userId(), u.username(), u.displayName(), null, null, null));
        } else if (data instanceof UserUpdated u) {
            p.putUser(new Projection.User(u.userId(), u.username(), u.displayName(), u.bio(), u.avatarMediaId(), u.status()));
            if (live) {
                Set<String> to = new HashSet<>(p.friendsOf(u.userId()));
                to.add(u.userId());
                send(to, "USER_UPDATE", u, id);
            }
        } else if (data instanceof RelationshipChanged r) {
            if (r.kind() == RelationshipKind.FRIEND) {
                p.setFriends(r.userId(), r.targetUserId(), r.active());
            }
            if (live) {
                String type = r.active() ? "RELATIONSHIP_ADD" : "RELATIONSHIP_REMOVE";
                // the blocked user is not told
                List<String> to = r.kind() == RelationshipKind.BLOCK ? List.of(r.userId())
                        : List.of(r.userId(), r.targetUserId());
                send(to, type, r, id);
            }
        } else if (data instanceof SessionRevoked s) {
            if (live) {
                sessions.revoke(s.userId(), s.sessionId());
            }
        // ---- server ----
        } else if (data instanceof ServerCreated s) {
            // the creator is the first member; their SERVER_CREATE goes out with their member.joined
            p.putServer(new Projection.ServerInfo(s.serverId(), s.ownerId(), s.name(), s.description(), s.iconMediaId()));
            if (!p.isMember(s.serverId(), s.ownerId())) {
                p.putMember(s.serverId(), new Projection.Member(s.ownerId(), null, List.of()));
            }
        } else if (data instanceof ServerUpdated s) {
            p.putServer(new Projection.ServerInfo(s.serverId(), s.ownerId(), s.name(), s.description(), s.iconMediaId()));
            if (live) {
                send(members(s.serverId()), "SERVER_UPDATE", s, id);
            }
        } else if (data instanceof ServerDeleted s) {
            List<String> to = members(s.serverId());
            p.removeServer(s.serverId());
            if (live) {
                send(to, "SERVER_DELETE", Map.of("id", s.serverId()), id);
            }
        } else if (data instanceof ChannelCreated c) {
            p.putChannel(new Projection.Channel(c.channelId(), c.serverId(), c.type(), c.name(), c.topic(),
                    c.parentId(), c.position(), c.slowModeSeconds(), nn(c.overwrites())));
            if (live) {
                send(p.viewersOf(c.serverId(), c.channelId()), "CHANNEL_CREATE", c, id);
            }
        } else if (data instanceof ChannelUpdated c) {
            List<String> before = p.viewersOf(c.serverId(), c.channelId());
            p.putChannel(new Projection.Channel(c.channelId(), c.serverId(), c.type(), c.name(), c.topic(),
                    c.parentId(), c.position(), c.slowModeSeconds(), nn(c.overwrites())));
            if (live) {
                List<String> after = p.viewersOf(c.serverId(), c.channelId());
                send(after, "CHANNEL_UPDATE", c, id);
                List<String> lost = new ArrayList<>(before);
                lost.removeAll(after);
                send(lost, "CHANNEL_DELETE", Map.of("serverId", c.serverId(), "channelId", c.channelId()), id);
            }
        } else if (data instanceof ChannelDeleted c) {
            List<String> to = p.viewersOf(c.serverId(), c.channelId());
            p.removeChannel(c.serverId(), c.channelId());
            if (live) {
                send(to, "CHANNEL_DELETE", c, id);
            }
        } else if (data instanceof MemberJoined m) {
            if (!p.isMember(m.serverId(), m.userId())) {
                p.putMember(m.serverId(), new Projection.Member(m.userId(), null, List.of()));
            }
            if (live) {
                Projection.Server server = p.server(m.serverId());
                if (server != null) {
                    sessions.dispatch(m.userId(), "SERVER_CREATE", Json.write(views.server(server, m.userId())), id);
                    List<String> others = members(m.serverId());
                    others.remove(m.userId());
                    send(others, "MEMBER_ADD", m, id);
                }
            }
        } else if (data instanceof MemberLeft m) {
            removeMember(m.serverId(), m.userId(), m, id, live);
        } else if (data instanceof MemberKicked m) {
            removeMember(m.serverId(), m.userId(), m, id, live);
        } else if (data instanceof MemberBanned m) {
            if (m.wasMember() || p.isMember(m.serverId(), m.userId())) {
                removeMember(m.serverId(), m.userId(), m, id, live);
            }
        } else if (data instanceof MemberUpdated m) {
            if (p.isMember(m.serverId(), m.userId())) {
                Projection.Server server = p.server(m.serverId());
                Set<String> visibleBefore = visibleChannels(server, m.userId());
                p.putMember(m.serverId(), new Projection.Member(m.userId(), m.nickname(), nn(m.roleIds())));
                if (live) {
                    send(members(m.serverId()), "MEMBER_UPDATE", m, id);
                    channelVisibilityChanged(server, m.userId(), visibleBefore, id);
                }
            }
        } else if (data instanceof RoleCreated r) {
            p.putRole(r.serverId(), new Projection.Role(r.roleId(), r.name(), Projection.bits(r.permissions()),
                    r.position(), r.color(), r.mentionable()));
            if (live) {
                send(members(r.serverId()), "ROLE_CREATE", r, id);
            }
        } else if (data instanceof RoleUpdated r) {
            p.putRole(r.serverId(), new Projection.Role(r.roleId(), r.name(), Projection.bits(r.permissions()),
                    r.position(), r.color(), r.mentionable()));
            if (live) {
                send(members(r.serverId()), "ROLE_UPDATE", r, id);
            }
        } else if (data instanceof RoleDeleted r) {
            p.removeRole(r.serverId(), r.roleId());
            if (live) {
                send(members(r.serverId()), "ROLE_DELETE", r, id);
            }
        } else if (data instanceof MessageCreated m) {
            if (live) {
                send(p.viewersOf(m.serverId(), m.channelId()), "MESSAGE_CREATE", m, id);
            }
        } else if (data instanceof MessageUpdated m) {
            if (live) {
                send(p.viewersOf(m.serverId(), m.channelId()), "MESSAGE_UPDATE", m, id);
            }
        } else if (data instanceof MessageDeleted m) {
            if (live) {
                send(p.viewersOf(m.serverId(), m.channelId()), "MESSAGE_DELETE", m, id);
            }
        // ---- dm ----
        } else if (data instanceof ConversationCreated c) {
            p.putConversation(new Projection.Conversation(c.conversationId(), c.kind(), c.name(), c.ownerId(), nn(c.participantIds())));
            if (live) {
                send(nn(c.participantIds()), "DM_CONVERSATION_CREATE", c, id);
            }
        } else if (data instanceof ConversationUpdated c) {
            Projection.Conversation old = p.conversation(c.conversationId());
            p.putConversation(new Projection.Conversation(c.conversationId(), old != null ? old.kind() : "group",
                    c.name(), old != null ? old.ownerId() : null, nn(c.participantIds())));
            if (live) {
                send(nn(c.participantIds()), "DM_CONVERSATION_UPDATE", c, id);
            }
        } else if (data instanceof ParticipantAdded a) {
            Projection.Conversation old = p.conversation(a.conversationId());
            p.putConversation(new Projection.Conversation(a.conversationId(), old != null ? old.kind() : "group",
                    old != null ? old.name() : null, old != null ? old.ownerId() : null, nn(a.participantIds())));
            if (live) {
                send(nn(a.participantIds()), "DM_PARTICIPANT_ADD", a, id);
            }
        } else if (data instanceof ParticipantRemoved r) {
            Projection.Conversation old = p.conversation(r.conversationId());
            p.putConversation(new Projection.Conversation(r.conversationId(), old != null ? old.kind() : "group",
                    old != null ? old.name() : null, r.ownerId(), nn(r.participantIds())));
            if (live) {
                Set<String> to = new LinkedHashSet<>(nn(r.participantIds()));
                to.add(r.userId());
                send(to, "DM_PARTICIPANT_REMOVE", r, id);
            }
        } else if (data instanceof DmMessageCreated m) {
            if (live) {
                send(nn(m.participantIds()), "DM_MESSAGE_CREATE", m, id);
            }
        } else if (data instanceof DmMessageUpdated m) {
            if (live) {
                send(nn(m.participantIds()), "DM_MESSAGE_UPDATE", m, id);
            }
        } else if (data instanceof DmMessageDeleted m) {
            if (live) {
                send(nn(m.participantIds()), "DM_MESSAGE_DELETE", m, id);
            }
        } else if (data instanceof ReadMarkerMoved r) {
            if (live) {
                // the reader's own devices always; the others only when read receipts are public
                send(r.visibleToOthers() ? nn(r.participantIds()) : List.of(r.userId()), "DM_READ", r, id);
                send(List.of(r.userId()), "UNREAD_UPDATE", Map.of("conversationId", r.conversationId(),
                        "unreadCount", r.unreadCount(), "lastReadMessageId", r.lastReadMessageId()), id + ":unread");
            }
        }
        // else: a type this build does not route (e.g. from a producer added later)
    }

    private void removeMember(String serverId, String userId, Object payload, String id, boolean live) {
        p.removeMember(serverId, userId);
        if (live) {
            sessions.dispatch(userId, "SERVER_DELETE", Json.write(Map.of("id", serverId, "removed", true)), id);
            send(members(serverId), "MEMBER_REMOVE", payload, id);
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
                sessions.dispatch(userId, "CHANNEL_DELETE",
                        Json.write(Map.of("serverId", server.info().id(), "channelId", c.id())), id + ":" + c.id());
            } else if (!was && is) {
                sessions.dispatch(userId, "CHANNEL_CREATE", Json.write(c), id + ":" + c.id());
            }
        }
    }

    private List<String> members(String serverId) {
        Projection.Server server = p.server(serverId);
        return server == null ? new ArrayList<>() : new ArrayList<>(server.memberIds());
    }

    private void send(Collection<String> userIds, String type, Object payload, String eventId) {
        if (userIds.isEmpty()) {
            return;
        }
        String json = Json.write(payload);
        for (String userId : userIds) {
            sessions.dispatch(userId, type, json, eventId);
        }
    }

    private static <T> List<T> nn(List<T> list) {
        return list == null ? List.of() : list;
    }
}
