package com.xcord.notification.guild;

import com.xcord.events.server.ChannelOverwrite;
import com.xcord.permissions.Overwrite;
import com.xcord.permissions.PermissionCalculator;
import com.xcord.permissions.Permissions;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The permission projection of servers (owners, members and their roles, role bits, channel overwrites), kept from
 * server-service's events, and the one question the notifications ask of it: may this member view this channel?
 * Evaluated with the shared {@code permissions} module, so the answer is server-service's.
 */
@Service
public class Guilds {

    /** One page of a channel's members, for the mention fan-out. */
    public record MemberPage(List<Long> viewers, long lastUserId, boolean more) {
    }

    private final GuildRepository repository;

    Guilds(GuildRepository repository) {
        this.repository = repository;
    }

    // ---- kept from server-service's events ----

    public void serverCreated(long serverId, long ownerId) {
        repository.putServer(serverId, ownerId);
    }

    public void serverUpdated(long serverId, long ownerId) {
        repository.putServer(serverId, ownerId);
    }

    public void serverDeleted(long serverId) {
        repository.deleteServer(serverId);
    }

    public void channelChanged(long serverId, long channelId, List<ChannelOverwrite> overwrites) {
        repository.putChannel(serverId, channelId, overwrites == null ? List.of() : overwrites);
    }

    public void channelDeleted(long channelId) {
        repository.deleteChannel(channelId);
    }

    public void memberJoined(long serverId, long userId) {
        repository.putMember(serverId, userId, null);
    }

    public void memberUpdated(long serverId, long userId, List<Long> roleIds) {
        repository.putMember(serverId, userId, roleIds);
    }

    public void memberGone(long serverId, long userId) {
        repository.deleteMember(serverId, userId);
    }

    public void roleChanged(long serverId, long roleId, long permissions) {
        repository.putRole(serverId, roleId, permissions);
    }

    public void roleDeleted(long serverId, long roleId) {
        repository.deleteRole(serverId, roleId);
    }

    // ---- questions ----

    public long memberCount(long serverId) {
        return repository.memberCount(serverId);
    }

    public Optional<Long> serverOf(long channelId) {
        return repository.serverOf(channelId);
    }

    /** Discord's algorithm: is {@code userId} a member of the channel's server with VIEW_CHANNEL there? */
    public boolean canView(long serverId, long channelId, long userId) {
        Optional<GuildRepository.ChannelRow> channel = repository.channel(channelId);
        Optional<Long> owner = repository.ownerOf(serverId);
        Optional<List<Long>> roles = repository.rolesOf(serverId, userId);
        if (channel.isEmpty() || owner.isEmpty() || roles.isEmpty()) {
            return false;
        }
        return canView(serverId, owner.get(), channel.get(), repository.rolePermissions(serverId), userId,
                roles.get());
    }

    /**
     * The members with ids above {@code after} (ascending, a page of at most {@code limit} members looked at) who may
     * view the channel; with {@code roleIds} not empty and {@code everyone} false, only those holding one of them.
     */
    public MemberPage viewersOf(long serverId, long channelId, boolean everyone, Collection<Long> roleIds, long after,
            int limit) {
        Optional<GuildRepository.ChannelRow> channel = repository.channel(channelId);
        Optional<Long> owner = repository.ownerOf(serverId);
        if (channel.isEmpty() || owner.isEmpty()) {
            return new MemberPage(List.of(), after, false);
        }
        Map<Long, Long> rolePermissions = repository.rolePermissions(serverId);
        List<GuildRepository.MemberRow> members = repository.members(serverId, everyone ? List.of() : roleIds, after,
                limit);
        List<Long> viewers = new ArrayList<>(members.size());
        long last = after;
        for (GuildRepository.MemberRow member : members) {
            last = member.userId();
            if (canView(serverId, owner.get(), channel.get(), rolePermissions, member.userId(), member.roleIds())) {
                viewers.add(member.userId());
            }
        }
        return new MemberPage(viewers, last, members.size() == limit);
    }

    private static boolean canView(long serverId, long ownerId, GuildRepository.ChannelRow channel,
            Map<Long, Long> rolePermissions, long userId, List<Long> memberRoles) {
        long everyoneBits = rolePermissions.getOrDefault(serverId, Permissions.DEFAULT_EVERYONE);
        List<Long> roleBits = new ArrayList<>();
        List<Overwrite> roleOverwrites = new ArrayList<>();
        for (long roleId : memberRoles) {
            Long bits = rolePermissions.get(roleId);
            if (roleId == serverId || bits == null) {
                continue;
            }
            roleBits.add(bits);
            Overwrite o = channel.overwrite(roleId, "role");
            if (o != Overwrite.NONE) {
                roleOverwrites.add(o);
            }
        }
        long base = PermissionCalculator.base(userId == ownerId, everyoneBits, roleBits);
        long inChannel = PermissionCalculator.inChannel(base, channel.overwrite(serverId, "role"), roleOverwrites,
                channel.overwrite(userId, "member"));
        return Permissions.has(inChannel, Permissions.VIEW_CHANNEL);
    }
}
