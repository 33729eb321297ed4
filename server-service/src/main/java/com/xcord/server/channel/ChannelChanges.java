package com.xcord.server.channel;

import com.xcord.permissions.Permissions;
import com.xcord.server.access.Access;
import com.xcord.server.access.ChannelAccess;
import com.xcord.server.access.ServerAccess;
import com.xcord.server.channel.ChannelRequests.CreateChannel;
import com.xcord.server.channel.ChannelRequests.PutOverwrite;
import com.xcord.server.channel.ChannelRequests.UpdateChannel;
import com.xcord.server.member.MemberLookup;
import com.xcord.server.support.Clock;
import com.xcord.server.support.Patch;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.function.Predicate;

/**
 * Creating, editing and deleting channels and their permission overwrites: the permission
 * checks here, the channel's own rules in {@link Channel}. Edits carry no version from the
 * client (merge patches), so an edit that lost a race with another is retried from fresh state
 * rather than refused: the user asked for a change of some fields, and gets it on top of the
 * other edit. Only when the retries run out is it a 409.
 */
@Service
class ChannelChanges {

    private final Channels channels;
    private final ChannelListing listing;
    private final ChannelEvents events;
    private final ServerAccess access;
    private final MemberLookup members;
    private final SnowflakeIds ids;

    ChannelChanges(Channels channels, ChannelListing listing, ChannelEvents events, ServerAccess access,
            MemberLookup members, SnowflakeIds ids) {
        this.channels = channels;
        this.listing = listing;
        this.events = events;
        this.access = access;
        this.members = members;
        this.ids = ids;
    }

    /** The channels the caller can view, in display order. */
    @Transactional(readOnly = true)
    List<ChannelView> visible(long userId, long serverId) {
        Access caller = access.member(serverId, userId);
        return listing.ofServer(serverId).stream()
                .filter(c -> Permissions.has(caller.inChannel(c.overwriteRows()), Permissions.VIEW_CHANNEL))
                .map(ChannelView::of)
                .toList();
    }

    @Transactional
    ChannelView create(long userId, long serverId, CreateChannel request) {
        access.member(serverId, userId).require(Permissions.MANAGE_CHANNELS);
        Channel channel = channels.save(Channel.create(ids.next(), serverId, request,
                id -> channels.findByIdAndServerId(id, serverId), Clock.now()));
        events.created(channel);
        return ChannelView.of(channel);
    }

    @Retryable(includes = OptimisticLockingFailureException.class, maxRetries = 3, delay = 10, jitter = 5)
    @Transactional
    ChannelView update(long userId, long serverId, long channelId, Patch<UpdateChannel> patch) {
        access.channel(serverId, userId, channelId).require(Permissions.MANAGE_CHANNELS);
        Channel channel = find(serverId, channelId);
        channel.update(patch, id -> channels.findByIdAndServerId(id, serverId));
        return saved(channel);
    }

    @Transactional
    void delete(long userId, long serverId, long channelId) {
        access.channel(serverId, userId, channelId).require(Permissions.MANAGE_CHANNELS);
        Channel channel = find(serverId, channelId);
        channels.deleteById(channelId);
        events.deleted(channel, Clock.now());
    }

    /**
     * Sets a role's or member's overwrite: MANAGE_ROLES in the channel, on a role or member of the
     * server ranking below the caller (the hierarchy and the bits in {@link Channel}).
     */
    @Retryable(includes = OptimisticLockingFailureException.class, maxRetries = 3, delay = 10, jitter = 5)
    @Transactional
    ChannelView putOverwrite(long userId, long serverId, long channelId, long targetId, PutOverwrite request) {
        ChannelAccess caller = access.channel(serverId, userId, channelId).require(Permissions.MANAGE_ROLES);
        Overwrite overwrite = request.toOverwrite(targetId);
        if (overwrite.member() ? !members.isMember(serverId, targetId) : caller.server().role(targetId).isEmpty()) {
            throw new NotFoundException(overwrite.member() ? "Member not found" : "Role not found");
        }
        Channel channel = find(serverId, channelId);
        channel.putOverwrite(overwrite, caller, outrankedBy(caller.server()));
        return saved(channel);
    }

    @Retryable(includes = OptimisticLockingFailureException.class, maxRetries = 3, delay = 10, jitter = 5)
    @Transactional
    ChannelView deleteOverwrite(long userId, long serverId, long channelId, long targetId) {
        ChannelAccess caller = access.channel(serverId, userId, channelId).require(Permissions.MANAGE_ROLES);
        Channel channel = find(serverId, channelId);
        if (!channel.removeOverwrite(targetId, caller, outrankedBy(caller.server()))) {
            throw new NotFoundException("Overwrite not found");
        }
        return saved(channel);
    }

    /**
     * Whether the caller ranks above an overwrite's target, by the rules of role edits (a role
     * strictly below their highest) and kicks (a member whose highest role is strictly below theirs,
     * never the owner). A member who left ranks as {@code @everyone}; a deleted role's leftover
     * overwrite protects nobody.
     */
    private Predicate<Overwrite> outrankedBy(Access caller) {
        return target -> target.member()
                ? caller.outranks(target.targetId(), members.roleIdsOf(caller.serverId(), target.targetId()))
                : caller.role(target.targetId()).map(role -> caller.canManageRole(role.position())).orElse(true);
    }

    private ChannelView saved(Channel channel) {
        Channel saved = channels.save(channel);
        events.updated(saved, Clock.now());
        return ChannelView.of(saved);
    }

    private Channel find(long serverId, long channelId) {
        return channels.findByIdAndServerId(channelId, serverId)
                .orElseThrow(() -> new NotFoundException("Channel not found"));
    }
}
