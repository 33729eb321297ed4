package com.xcord.server.guild;

import com.xcord.permissions.Permissions;
import com.xcord.server.access.Access;
import com.xcord.server.access.ServerAccess;
import com.xcord.server.channel.ServerChannels;
import com.xcord.server.guild.GuildRequests.CreateServer;
import com.xcord.server.guild.GuildRequests.UpdateServer;
import com.xcord.server.member.MemberLookup;
import com.xcord.server.member.Membership;
import com.xcord.server.role.ServerRoles;
import com.xcord.server.support.Clock;
import com.xcord.server.support.Patch;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.media.AttachableMedia;
import com.xcord.servicekit.media.MediaUse;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.NotFoundException;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creating, listing, editing, transferring and deleting servers. */
@Service
class GuildChanges {

    private final Guilds guilds;
    private final GuildEvents events;
    private final ServerAccess access;
    private final ServerRoles roles;
    private final ServerChannels channels;
    private final Membership membership;
    private final MemberLookup members;
    private final SnowflakeIds ids;
    private final AttachableMedia media;

    GuildChanges(Guilds guilds, GuildEvents events, ServerAccess access, ServerRoles roles, ServerChannels channels,
            Membership membership, MemberLookup members, SnowflakeIds ids, AttachableMedia media) {
        this.guilds = guilds;
        this.events = events;
        this.access = access;
        this.roles = roles;
        this.channels = channels;
        this.membership = membership;
        this.members = members;
        this.ids = ids;
        this.media = media;
    }

    /**
     * A new server starts with its {@code @everyone} role (id = server id), a {@code general}
     * text channel and its owner as first member: each made by the feature that owns it, in
     * this transaction, so the events come in this order: server, role, channel, member.
     */
    @Transactional
    ServerView create(long owner, CreateServer request) {
        Instant now = Clock.now();
        requireIcon(owner, request.iconMediaIdValue());
        Guild guild = guilds.save(Guild.found(ids.next(), owner, request.name(), request.description(),
                request.iconMediaIdValue(), now));
        events.created(guild);
        roles.createEveryone(guild.id(), now);
        channels.createGeneral(guild.id(), now);
        membership.addOwner(guild.id(), owner, now);
        return ServerView.of(guilds.findById(guild.id()).orElseThrow());
    }

    @Transactional(readOnly = true)
    CursorPage<ServerView> mine(long userId, PageQuery page) {
        List<Long> serverIds = members.serverIdsOf(userId, page);
        Map<Long, Guild> byId = guilds.findAllById(serverIds).stream()
                .collect(Collectors.toMap(Guild::id, Function.identity()));
        List<ServerView> views = serverIds.stream().map(byId::get).filter(Objects::nonNull)
                .map(ServerView::of).toList();
        return CursorPage.of(views, page.limit(), v -> Long.parseLong(v.id()));
    }

    @Transactional(readOnly = true)
    ServerView get(long userId, long serverId) {
        access.member(serverId, userId);
        return ServerView.of(find(serverId));
    }

    /** A lost race with another edit is retried from fresh state: a merge patch has no stale version to refuse. */
    @Retryable(includes = OptimisticLockingFailureException.class, maxRetries = 3, delay = 10, jitter = 5)
    @Transactional
    ServerView update(long userId, long serverId, Patch<UpdateServer> patch) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_SERVER);
        Guild guild = find(serverId);
        Long icon = patch.values().iconMediaIdValue();
        if (patch.has("iconMediaId") && !Objects.equals(icon, guild.iconMediaId())) {
            requireIcon(userId, icon);
        }
        guild.update(patch, caller, user -> members.isMember(serverId, user), Clock.now());
        guild = guilds.save(guild);
        events.updated(guild);
        return ServerView.of(guild);
    }

    @Transactional
    void delete(long userId, long serverId) {
        Access caller = access.member(serverId, userId);
        Guild guild = find(serverId);
        guild.requireDeletableBy(caller);
        guilds.deleteById(serverId);
        events.deleted(guild, Clock.now());
    }

    /** A new icon is an image the caller uploaded and media-service announced ready (null clears it). */
    private void requireIcon(long userId, Long iconMediaId) {
        if (iconMediaId != null) {
            media.requireOne(userId, iconMediaId, MediaUse.PICTURE, "iconMediaId");
        }
    }

    private Guild find(long serverId) {
        return guilds.findById(serverId).orElseThrow(() -> new NotFoundException("Server not found"));
    }
}
