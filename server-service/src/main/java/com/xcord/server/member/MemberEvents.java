package com.xcord.server.member;

import com.xcord.events.server.MemberBanned;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MemberKicked;
import com.xcord.events.server.MemberLeft;
import com.xcord.events.server.MemberUnbanned;
import com.xcord.events.server.MemberUpdated;
import com.xcord.events.server.ServerEvents;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Publishes the membership facts through the outbox, keyed by server id like every server event. */
@Component
class MemberEvents {

    private final Outbox outbox;

    MemberEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void joined(Member m, String inviteCode) {
        String server = Ids.format(m.serverId());
        outbox.publish(ServerEvents.MEMBER_JOINED, server, new MemberJoined(server, Ids.format(m.userId()),
                inviteCode, m.joinedAt()));
    }

    void left(long serverId, long userId, Instant at) {
        String server = Ids.format(serverId);
        outbox.publish(ServerEvents.MEMBER_LEFT, server, new MemberLeft(server, Ids.format(userId), at));
    }

    void kicked(Member m, long by, Instant at) {
        String server = Ids.format(m.serverId());
        outbox.publish(ServerEvents.MEMBER_KICKED, server, new MemberKicked(server, Ids.format(m.userId()),
                Ids.format(by), at));
    }

    void banned(Ban ban, boolean wasMember) {
        String server = Ids.format(ban.serverId());
        outbox.publish(ServerEvents.MEMBER_BANNED, server, new MemberBanned(server, Ids.format(ban.userId()),
                Ids.format(ban.bannedBy()), ban.reason(), wasMember, ban.createdAt()));
    }

    void unbanned(long serverId, long userId, long by, Instant at) {
        String server = Ids.format(serverId);
        outbox.publish(ServerEvents.MEMBER_UNBANNED, server, new MemberUnbanned(server, Ids.format(userId),
                Ids.format(by), at));
    }

    void updated(Member m, Instant at) {
        String server = Ids.format(m.serverId());
        outbox.publish(ServerEvents.MEMBER_UPDATED, server, new MemberUpdated(server, Ids.format(m.userId()),
                m.nickname(), MemberView.of(m).roleIds(), at));
    }
}
