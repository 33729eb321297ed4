package com.xcord.server.access;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Loads a caller's {@link Access} to a server in one query ({@link AccessQuery}): the
 * membership, the roles held, every role of the server and, for channel requests, the channel
 * and its overwrites. Every
 * permission question of the request is then answered in memory. A server the caller is not
 * a member of is a 404, as if it did not exist; so is a channel they cannot view.
 */
@Component
public class ServerAccess {

    private final AccessQuery query;

    ServerAccess(AccessQuery query) {
        this.query = query;
    }

    /** The caller's access; 404 if the server does not exist or they are not a member. */
    public Access member(long serverId, long userId) {
        return find(serverId, userId).orElseThrow(ServerAccess::serverNotFound);
    }

    public Optional<Access> find(long serverId, long userId) {
        return query.load(serverId, userId, null).map(AccessQuery.Loaded::access);
    }

    /** A channel of the server the member can view, with their permissions in it; 404 otherwise. */
    public ChannelAccess channel(long serverId, long userId, long channelId) {
        AccessQuery.Loaded loaded = query.load(serverId, userId, channelId).orElseThrow(ServerAccess::serverNotFound);
        if (loaded.channelType() == null) {
            throw channelNotFound();
        }
        long permissions = loaded.access().inChannel(loaded.overwrites());
        if (!Permissions.has(permissions, Permissions.VIEW_CHANNEL)) {
            throw channelNotFound();
        }
        return new ChannelAccess(loaded.access(), channelId, "CATEGORY".equals(loaded.channelType()),
                loaded.slowModeSeconds(), permissions);
    }

    private static NotFoundException serverNotFound() {
        return new NotFoundException("Server not found");
    }

    private static NotFoundException channelNotFound() {
        return new NotFoundException("Channel not found");
    }
}
