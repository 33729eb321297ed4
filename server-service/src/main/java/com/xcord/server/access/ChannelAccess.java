package com.xcord.server.access;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.web.ForbiddenException;

/** A channel the member can see, with their permissions in it. */
public record ChannelAccess(Access server, long channelId, boolean category, int slowModeSeconds, long permissions) {

    public boolean has(long permission) {
        return Permissions.has(permissions, permission);
    }

    public ChannelAccess require(long permission) {
        if (!has(permission)) {
            throw new ForbiddenException("Missing permission");
        }
        return this;
    }
}
