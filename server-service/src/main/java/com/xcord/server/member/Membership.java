package com.xcord.server.member;

import com.xcord.server.support.Clock;
import com.xcord.servicekit.web.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/** Joining a server: what an accepted invite does, and how a new server gets its owner as first member. */
@Service
public class Membership {

    private final Members members;
    private final MemberEvents events;

    Membership(Members members, MemberEvents events) {
        this.members = members;
        this.events = events;
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
        Member member = Member.join(serverId, userId, Clock.now());
        if (!members.add(member)) {
            return false;
        }
        events.joined(member, inviteCode);
        return true;
    }

    /** A new server's owner, its first member, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addOwner(long serverId, long ownerId, Instant now) {
        Member owner = Member.join(serverId, ownerId, now);
        members.add(owner);
        events.joined(owner, null);
    }
}
