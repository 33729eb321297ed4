package com.xcord.realtime.projection;

import com.xcord.events.server.ChannelOverwrite;
import com.xcord.permissions.Overwrite;
import com.xcord.permissions.PermissionCalculator;
import com.xcord.permissions.Permissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The in-memory read model (see the package doc). Written only by the routes, on the event consumer's thread;
 * read by any thread: maps are concurrent and the values immutable records replaced as a whole. Besides what
 * routing needs, it keeps what the dispatch views show that later events do not repeat (e.g. a channel's
 * {@code createdAt} for its CHANNEL_UPDATE).
 *
 * <p>Only the routes (and this package) use this class; the socket layer asks {@link Audiences}.
 */
@Component
public class Projection implements Audiences {

    public record User(String id, String username, String displayName, String bio, String avatarMediaId,
            String status, Instant createdAt) {
    }

    public record Role(String id, String name, long permissions, int position, int color, boolean mentionable,
            Instant createdAt) {
    }

    public record Channel(String id, String serverId, String type, String name, String topic, String parentId,
            int position, int slowModeSeconds, List<ChannelOverwrite> overwrites, Instant createdAt) {

        Overwrite overwriteFor(String targetId, String type) {
            for (ChannelOverwrite o : overwrites) {
                if (o.targetId().equals(targetId) && type.equals(o.type())) {
                    return new Overwrite(bits(o.allow()), bits(o.deny()));
                }
            }
            return Overwrite.NONE;
        }
    }

    public record Member(String userId, String nickname, List<String> roleIds, Instant joinedAt) {
    }

    public record ServerInfo(String id, String ownerId, String name, String description, String iconMediaId,
            Instant createdAt) {
    }

    public static final class Server {
        volatile ServerInfo info;
        final Map<String, Role> roles = new ConcurrentHashMap<>();
        final Map<String, Channel> channels = new ConcurrentHashMap<>();
        final Map<String, Member> members = new ConcurrentHashMap<>();

        Server(ServerInfo info) {
            this.info = info;
        }

        public ServerInfo info() {
            return info;
        }

        public Collection<Channel> channels() {
            return channels.values();
        }

        public Collection<Role> roles() {
            return roles.values();
        }

        public Set<String> memberIds() {
            return members.keySet();
        }

        public Member member(String userId) {
            return members.get(userId);
        }

        public Channel channel(String channelId) {
            return channels.get(channelId);
        }

        public Role role(String roleId) {
            return roles.get(roleId);
        }
    }

    public record Conversation(String id, String kind, String name, String iconMediaId, String ownerId,
            List<String> participantIds, Instant createdAt) {
    }

    final Map<String, Server> servers = new ConcurrentHashMap<>();
    final Map<String, Set<String>> serversByUser = new ConcurrentHashMap<>();
    final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
    final Map<String, Set<String>> conversationsByUser = new ConcurrentHashMap<>();
    final Map<String, User> users = new ConcurrentHashMap<>();
    final Map<String, Set<String>> friends = new ConcurrentHashMap<>();
    /** followed user → their followers (one-way edges, indexed the way POST_CREATE fans out). */
    final Map<String, Set<String>> followers = new ConcurrentHashMap<>();
    /** blocker → the users they blocked (one-way in the events; {@link #blockedEitherWay} reads both ways). */
    final Map<String, Set<String>> blocks = new ConcurrentHashMap<>();

    // ---- reads ----

    public Server server(String serverId) {
        return servers.get(serverId);
    }

    public User user(String userId) {
        return users.get(userId);
    }

    public Conversation conversation(String id) {
        return conversations.get(id);
    }

    public Set<String> serverIdsOf(String userId) {
        return serversByUser.getOrDefault(userId, Set.of());
    }

    public Set<String> conversationIdsOf(String userId) {
        return conversationsByUser.getOrDefault(userId, Set.of());
    }

    @Override
    public Set<String> friendsOf(String userId) {
        return friends.getOrDefault(userId, Set.of());
    }

    public Set<String> followersOf(String userId) {
        return followers.getOrDefault(userId, Set.of());
    }

    /** Whether either user blocked the other: a block hides each from the other, as in feed-service. */
    public boolean blockedEitherWay(String a, String b) {
        return blocks.getOrDefault(a, Set.of()).contains(b) || blocks.getOrDefault(b, Set.of()).contains(a);
    }

    /** The server's member ids, as a list the caller may change. */
    public List<String> memberIdsOf(String serverId) {
        Server server = servers.get(serverId);
        return server == null ? new ArrayList<>() : new ArrayList<>(server.memberIds());
    }

    public boolean isMember(String serverId, String userId) {
        Server server = servers.get(serverId);
        return server != null && server.members.containsKey(userId);
    }

    /** Discord's algorithm (the shared {@code permissions} module): may this user see this channel? */
    @Override
    public boolean canView(String serverId, String channelId, String userId) {
        Server server = servers.get(serverId);
        if (server == null) {
            return false;
        }
        Channel channel = server.channels.get(channelId);
        return channel != null && canView(server, channel, userId);
    }

    public boolean canView(Server server, Channel channel, String userId) {
        return Permissions.has(permissionsIn(server, channel, userId), Permissions.VIEW_CHANNEL);
    }

    long permissionsIn(Server server, Channel channel, String userId) {
        Member member = server.members.get(userId);
        if (member == null) {
            return 0;
        }
        ServerInfo info = server.info;
        Role everyone = server.roles.get(info.id());
        long everyoneBits = everyone != null ? everyone.permissions() : Permissions.DEFAULT_EVERYONE;
        List<Long> roleBits = new ArrayList<>(member.roleIds().size());
        List<Overwrite> roleOverwrites = new ArrayList<>(member.roleIds().size());
        for (String roleId : member.roleIds()) {
            if (roleId.equals(info.id())) {
                continue;
            }
            Role role = server.roles.get(roleId);
            if (role != null) {
                roleBits.add(role.permissions());
                Overwrite o = channel.overwriteFor(roleId, "role");
                if (o != Overwrite.NONE) {
                    roleOverwrites.add(o);
                }
            }
        }
        long base = PermissionCalculator.base(userId.equals(info.ownerId()), everyoneBits, roleBits);
        return PermissionCalculator.inChannel(base, channel.overwriteFor(info.id(), "role"), roleOverwrites,
                channel.overwriteFor(userId, "member"));
    }

    /** Members of the server who may see the channel. */
    @Override
    public List<String> viewersOf(String serverId, String channelId) {
        Server server = servers.get(serverId);
        if (server == null) {
            return List.of();
        }
        Channel channel = server.channels.get(channelId);
        if (channel == null) {
            return List.of();
        }
        List<String> viewers = new ArrayList<>();
        for (String userId : server.members.keySet()) {
            if (canView(server, channel, userId)) {
                viewers.add(userId);
            }
        }
        return viewers;
    }

    /**
     * Who sees the user's presence: their friends, and the members of the servers they share that have at
     * most {@code largeServer} members (in larger ones presence is not pushed: see RealtimeProperties).
     */
    @Override
    public Set<String> audienceOf(String userId, int largeServer) {
        Set<String> audience = new java.util.HashSet<>(friendsOf(userId));
        for (String serverId : serverIdsOf(userId)) {
            Server server = servers.get(serverId);
            if (server != null && server.members.size() <= largeServer) {
                audience.addAll(server.members.keySet());
            }
        }
        audience.remove(userId);
        return audience;
    }

    @Override
    public boolean isParticipant(String conversationId, String userId) {
        Conversation conversation = conversations.get(conversationId);
        return conversation != null && conversation.participantIds().contains(userId);
    }

    @Override
    public List<String> participantsOf(String conversationId) {
        Conversation conversation = conversations.get(conversationId);
        return conversation == null ? List.of() : conversation.participantIds();
    }

    // ---- writes (routes, on the event consumer thread only) ----

    public void putUser(User user) {
        users.put(user.id(), user);
    }

    public Server putServer(ServerInfo info) {
        Server existing = servers.get(info.id());
        if (existing != null) {
            existing.info = info;
            return existing;
        }
        Server server = new Server(info);
        servers.put(info.id(), server);
        return server;
    }

    public void removeServer(String serverId) {
        Server server = servers.remove(serverId);
        if (server != null) {
            for (String userId : server.members.keySet()) {
                removeFromIndex(serversByUser, userId, serverId);
            }
        }
    }

    public void putMember(String serverId, Member member) {
        Server server = servers.get(serverId);
        if (server == null) {
            return;
        }
        server.members.put(member.userId(), member);
        serversByUser.computeIfAbsent(member.userId(), k -> ConcurrentHashMap.newKeySet()).add(serverId);
    }

    public void removeMember(String serverId, String userId) {
        Server server = servers.get(serverId);
        if (server != null) {
            server.members.remove(userId);
        }
        removeFromIndex(serversByUser, userId, serverId);
    }

    public void putChannel(Channel channel) {
        Server server = servers.get(channel.serverId());
        if (server != null) {
            server.channels.put(channel.id(), channel);
        }
    }

    public void removeChannel(String serverId, String channelId) {
        Server server = servers.get(serverId);
        if (server != null) {
            server.channels.remove(channelId);
        }
    }

    public void putRole(String serverId, Role role) {
        Server server = servers.get(serverId);
        if (server != null) {
            server.roles.put(role.id(), role);
        }
    }

    public void removeRole(String serverId, String roleId) {
        Server server = servers.get(serverId);
        if (server == null) {
            return;
        }
        server.roles.remove(roleId);
        server.members.replaceAll((id, m) -> m.roleIds().contains(roleId)
                ? new Member(m.userId(), m.nickname(), m.roleIds().stream().filter(r -> !r.equals(roleId)).toList(),
                        m.joinedAt())
                : m);
    }

    public void putConversation(Conversation conversation) {
        Conversation previous = conversations.put(conversation.id(), conversation);
        if (previous != null) {
            for (String userId : previous.participantIds()) {
                if (!conversation.participantIds().contains(userId)) {
                    removeFromIndex(conversationsByUser, userId, conversation.id());
                }
            }
        }
        for (String userId : conversation.participantIds()) {
            conversationsByUser.computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet()).add(conversation.id());
        }
    }

    public void setFriends(String a, String b, boolean friendsNow) {
        if (friendsNow) {
            friends.computeIfAbsent(a, k -> ConcurrentHashMap.newKeySet()).add(b);
            friends.computeIfAbsent(b, k -> ConcurrentHashMap.newKeySet()).add(a);
        } else {
            removeFromIndex(friends, a, b);
            removeFromIndex(friends, b, a);
        }
    }

    public void setFollow(String follower, String followed, boolean follows) {
        setEdge(followers, followed, follower, follows);
    }

    public void setBlock(String blocker, String blocked, boolean blocks) {
        setEdge(this.blocks, blocker, blocked, blocks);
    }

    private static void setEdge(Map<String, Set<String>> index, String key, String value, boolean present) {
        if (present) {
            index.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(value);
        } else {
            removeFromIndex(index, key, value);
        }
    }

    private static void removeFromIndex(Map<String, Set<String>> index, String key, String value) {
        index.computeIfPresent(key, (k, set) -> {
            set.remove(value);
            return set.isEmpty() ? null : set;
        });
    }

    public static long bits(String decimal) {
        return Permissions.parse(decimal).orElse(0L);
    }
}
