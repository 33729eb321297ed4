package com.xcord.server.guild;

import com.xcord.server.member.MemberCountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code servers.member_count} (so an invite preview needs no COUNT(*)): the member
 * feature announces each join and leave inside its transaction, and the guild feature, the only
 * writer of {@code servers}, applies it in the same transaction.
 */
@Component
class MemberCounter {

    private final Guilds guilds;

    MemberCounter(Guilds guilds) {
        this.guilds = guilds;
    }

    @EventListener
    void on(MemberCountChanged change) {
        guilds.adjustMemberCount(change.serverId(), change.delta());
    }
}
