package com.xcord.server.member;

import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.ServerEvents;
import com.xcord.server.support.Clock;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import com.xcord.servicekit.web.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Joining a server: what an accepted invite does. */
@Service
public class Membership {

    private final Members members;
    private final Outbox outbox;

    Membership(Members members, Outbox outbox) {
        this.members = members;
        this.outbox = outbox;
    }

    /**
     * Adds the user to the server, in the caller's transaction. Returns false if they were a
     * member already (nothing changes). A banned user gets a 403.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean join(long serverId, long userId, String inviteCode) {
        members.lock(serverId, userId);
        if (members.isBanned(serverId, userId)) {
            throw new ForbiddenException("You are banned from this server");
        }
        var now = Clock.now();
        if (!members.insert(serverId, userId, now)) {
            return false;
        }
        String server = Ids.format(serverId);
        outbox.publish(ServerEvents.MEMBER_JOINED, server, new MemberJoined(server, Ids.format(userId), inviteCode, now));
        return true;
    }

    /** Is the user a member? (read in the caller's transaction) */
    public boolean isMember(long serverId, long userId) {
        return members.find(serverId, userId).isPresent();
    }
}
