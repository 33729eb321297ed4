package com.xcord.server.channel;

import com.xcord.events.server.ChannelDeleted;
import com.xcord.events.server.ServerEvents;
import com.xcord.server.access.Access;
import com.xcord.server.access.ChannelAccess;
import com.xcord.server.access.ChannelOverwriteRow;
import com.xcord.server.access.ServerAccess;
import com.xcord.permissions.Permissions;
import com.xcord.server.support.Check;
import com.xcord.server.support.Clock;
import com.xcord.server.support.Patch;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.outbox.Outbox;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ForbiddenException;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/** Creating, editing and deleting channels and their permission overwrites. */
@Service
class ChannelChanges {

    static final int MAX_SLOW_MODE = 21600;

    private final Channels channels;
    private final ServerAccess access;
    private final Outbox outbox;
    private final SnowflakeIds ids;

    ChannelChanges(Channels channels, ServerAccess access, Outbox outbox, SnowflakeIds ids) {
        this.channels = channels;
        this.access = access;
        this.outbox = outbox;
        this.ids = ids;
    }

    record CreateChannel(String name, String type, String topic, String parentId, Integer position,
            Integer slowModeSeconds) {
    }

    record PutOverwrite(String type, String allow, String deny) {
    }

    /** The channels the caller can view, in display order. */
    @Transactional(readOnly = true)
    List<ChannelView> visible(long userId, long serverId) {
        Access caller = access.member(serverId, userId);
        return channels.ofServer(serverId).stream()
                .filter(c -> Permissions.has(caller.inChannel(c.overwrites()), Permissions.VIEW_CHANNEL))
                .map(ChannelView::of)
                .toList();
    }

    @Transactional
    ChannelView create(long userId, long serverId, CreateChannel request) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_CHANNELS);
        Channel.Type type = type(request.type());
        String name = Check.text("name", request.name(), 1, 100);
        String topic = Check.optionalText("topic", request.topic(), 1024);
        Long parent = Check.optionalId("parentId", request.parentId());
        int position = Check.range("position", request.position(), 0, 10_000, 0);
        int slowMode = Check.range("slowModeSeconds", request.slowModeSeconds(), 0, MAX_SLOW_MODE, 0);
        requireValidParent(caller, type, parent);
        Channel channel = new Channel(ids.next(), serverId, type, name, topic, parent, position, slowMode,
                Clock.now(), List.of());
        channels.insert(channel);
        ChannelView view = ChannelView.of(channel);
        outbox.publish(ServerEvents.CHANNEL_CREATED, view.serverId(), view.created());
        return view;
    }

    @Transactional
    ChannelView update(long userId, long serverId, long channelId, Patch patch) {
        ChannelAccess caller = manageable(userId, serverId, channelId);
        Channel current = channels.find(serverId, channelId).orElseThrow(() -> new NotFoundException("Channel not found"));
        String name = patch.has("name") ? Check.text("name", patch.requiredText("name"), 1, 100) : current.name();
        String topic = patch.has("topic") ? Check.optionalText("topic", patch.text("topic"), 1024) : current.topic();
        Long parent = patch.has("parentId") ? Check.optionalId("parentId", patch.text("parentId")) : current.parentId();
        int position = patch.has("position")
                ? Check.range("position", required(patch.integer("position"), "position"), 0, 10_000, 0)
                : current.position();
        int slowMode = patch.has("slowModeSeconds")
                ? Check.range("slowModeSeconds", required(patch.integer("slowModeSeconds"), "slowModeSeconds"), 0,
                        MAX_SLOW_MODE, 0)
                : current.slowModeSeconds();
        if (parent != null && parent == channelId) {
            throw BadRequestException.field("parentId", "a channel cannot be its own parent");
        }
        requireValidParent(caller.server(), current.type(), parent);
        Channel updated = new Channel(channelId, serverId, current.type(), name, topic, parent, position, slowMode,
                current.createdAt(), current.overwrites());
        channels.update(updated);
        ChannelView view = ChannelView.of(updated);
        outbox.publish(ServerEvents.CHANNEL_UPDATED, view.serverId(), view.updated(Clock.now()));
        return view;
    }

    @Transactional
    void delete(long userId, long serverId, long channelId) {
        manageable(userId, serverId, channelId);
        channels.delete(channelId);
        outbox.publish(ServerEvents.CHANNEL_DELETED, Ids.format(serverId),
                new ChannelDeleted(Ids.format(serverId), Ids.format(channelId), Clock.now()));
    }

    /**
     * Sets a role's or member's overwrite. Needs MANAGE_ROLES in the channel, and (as in
     * Discord) nobody but an administrator allows or denies a bit they do not have there.
     */
    @Transactional
    ChannelView putOverwrite(long userId, long serverId, long channelId, long targetId, PutOverwrite request) {
        ChannelAccess caller = access.channel(serverId, userId, channelId)
                .require(Permissions.MANAGE_ROLES);
        boolean member = switch (request.type() == null ? "" : request.type()) {
            case "role" -> false;
            case "member" -> true;
            default -> throw BadRequestException.field("type", "must be role or member");
        };
        long allow = Check.permissions("allow", request.allow() == null ? "0" : request.allow());
        long deny = Check.permissions("deny", request.deny() == null ? "0" : request.deny());
        if ((allow & deny) != 0) {
            throw BadRequestException.field("deny", "must not share bits with allow");
        }
        if (member ? !channels.isMember(serverId, targetId) : caller.server().role(targetId).isEmpty()) {
            throw new NotFoundException(member ? "Member not found" : "Role not found");
        }
        if (!caller.server().has(Permissions.ADMINISTRATOR) && ((allow | deny) & ~caller.permissions()) != 0) {
            throw new ForbiddenException("You cannot allow or deny permissions you do not have");
        }
        channels.putOverwrite(channelId, new ChannelOverwriteRow(targetId, member, allow, deny));
        return publishUpdated(serverId, channelId);
    }

    @Transactional
    ChannelView deleteOverwrite(long userId, long serverId, long channelId, long targetId) {
        access.channel(serverId, userId, channelId).require(Permissions.MANAGE_ROLES);
        if (!channels.deleteOverwrite(channelId, targetId)) {
            throw new NotFoundException("Overwrite not found");
        }
        return publishUpdated(serverId, channelId);
    }

    private ChannelView publishUpdated(long serverId, long channelId) {
        Channel channel = channels.find(serverId, channelId).orElseThrow(() -> new NotFoundException("Channel not found"));
        ChannelView view = ChannelView.of(channel);
        outbox.publish(ServerEvents.CHANNEL_UPDATED, view.serverId(), view.updated(Clock.now()));
        return view;
    }

    private ChannelAccess manageable(long userId, long serverId, long channelId) {
        return access.channel(serverId, userId, channelId).require(Permissions.MANAGE_CHANNELS);
    }

    private void requireValidParent(Access caller, Channel.Type type, Long parent) {
        if (parent == null) {
            return;
        }
        if (type == Channel.Type.CATEGORY) {
            throw BadRequestException.field("parentId", "a category cannot have a parent");
        }
        channels.find(caller.serverId(), parent)
                .filter(c -> c.type() == Channel.Type.CATEGORY)
                .orElseThrow(() -> BadRequestException.field("parentId", "must be a category of this server"));
    }

    private static Channel.Type type(String raw) {
        if (raw == null) {
            return Channel.Type.TEXT;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "text" -> Channel.Type.TEXT;
            case "category" -> Channel.Type.CATEGORY;
            default -> throw BadRequestException.field("type", "must be text or category");
        };
    }

    private static int required(Integer value, String field) {
        if (value == null) {
            throw BadRequestException.field(field, "must not be null");
        }
        return value;
    }
}
