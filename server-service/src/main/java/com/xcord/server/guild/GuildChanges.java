package com.xcord.server.guild;

import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.RoleCreated;
import com.xcord.events.server.ServerCreated;
import com.xcord.events.server.ServerDeleted;
import com.xcord.events.server.ServerEvents;
import com.xcord.events.server.ServerUpdated;
import com.xcord.server.access.Access;
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

import java.time.Instant;
import java.util.List;

/** Creating, editing, transferring and deleting servers. */
@Service
class GuildChanges {

    static final String GENERAL = "general";

    private final Guilds guilds;
    private final ServerAccess access;
    private final Outbox outbox;
    private final SnowflakeIds ids;

    GuildChanges(Guilds guilds, ServerAccess access, Outbox outbox, SnowflakeIds ids) {
        this.guilds = guilds;
        this.access = access;
        this.outbox = outbox;
        this.ids = ids;
    }

    record CreateServer(String name, String description, String iconMediaId) {
    }

    @Transactional
    ServerView create(long owner, CreateServer request) {
        String name = Check.text("name", request.name(), 2, 100);
        String description = Check.optionalText("description", request.description(), 1000);
        Long icon = Check.optionalId("iconMediaId", request.iconMediaId());
        Instant now = Clock.now();
        long serverId = ids.next();
        long channelId = ids.next();
        Guild guild = new Guild(serverId, owner, name, description, icon, 1, now, now);
        guilds.insertNew(guild, Permissions.DEFAULT_EVERYONE, channelId, GENERAL);

        String server = Ids.format(serverId);
        outbox.publish(ServerEvents.SERVER_CREATED, server, new ServerCreated(server, Ids.format(owner), name,
                description, Ids.formatNullable(icon), now));
        outbox.publish(ServerEvents.ROLE_CREATED, server, new RoleCreated(server, server, "@everyone",
                Permissions.format(Permissions.DEFAULT_EVERYONE), 0, 0, false, now));
        outbox.publish(ServerEvents.CHANNEL_CREATED, server, new ChannelCreated(server, Ids.format(channelId), "text",
                GENERAL, null, null, 0, 0, List.of(), now));
        outbox.publish(ServerEvents.MEMBER_JOINED, server, new MemberJoined(server, Ids.format(owner), null, now));
        return ServerView.of(guild);
    }

    @Transactional
    ServerView update(long userId, long serverId, Patch patch) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_SERVER);
        Guild current = guilds.lock(serverId).orElseThrow(() -> new NotFoundException("Server not found"));
        String name = patch.has("name") ? Check.text("name", patch.requiredText("name"), 2, 100) : current.name();
        String description = patch.has("description")
                ? Check.optionalText("description", patch.text("description"), 1000) : current.description();
        Long icon = patch.has("iconMediaId")
                ? Check.optionalId("iconMediaId", patch.text("iconMediaId")) : current.iconMediaId();
        long owner = current.ownerId();
        if (patch.has("ownerId")) {
            long newOwner = Check.id("ownerId", patch.requiredText("ownerId"));
            if (newOwner != owner) {
                if (!caller.isOwner()) {
                    throw new ForbiddenException("Only the owner can transfer the server");
                }
                if (!guilds.isMember(serverId, newOwner)) {
                    throw BadRequestException.field("ownerId", "must be a member of the server");
                }
                owner = newOwner;
            }
        }
        Guild updated = current.withChanges(name, description, icon, owner, Clock.now());
        guilds.update(updated);
        String server = Ids.format(serverId);
        outbox.publish(ServerEvents.SERVER_UPDATED, server, new ServerUpdated(server, Ids.format(owner), name,
                description, Ids.formatNullable(icon), updated.updatedAt()));
        return ServerView.of(updated);
    }

    @Transactional
    void delete(long userId, long serverId) {
        Access caller = access.member(serverId, userId);
        if (!caller.isOwner()) {
            throw new ForbiddenException("Only the owner can delete the server");
        }
        guilds.delete(serverId);
        String server = Ids.format(serverId);
        outbox.publish(ServerEvents.SERVER_DELETED, server, new ServerDeleted(server, Clock.now()));
    }
}
