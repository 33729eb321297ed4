package com.xcord.server.member;

import com.xcord.servicekit.web.PageQuery;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The membership questions other features ask: the one way they read the member feature's tables. */
@Component
public class MemberLookup {

    private final Members members;

    MemberLookup(Members members) {
        this.members = members;
    }

    public boolean isMember(long serverId, long userId) {
        return members.exists(serverId, userId);
    }

    /** The roles a member holds besides {@code @everyone}; none for a non-member (who ranks as {@code @everyone}). */
    public Set<Long> roleIdsOf(long serverId, long userId) {
        return members.find(serverId, userId).map(Member::roleIds).orElse(Set.of());
    }

    /** Which of these users are members of the server (one query). */
    public Set<Long> membersAmong(long serverId, Collection<Long> userIds) {
        return members.among(serverId, userIds);
    }

    /** The ids of the servers the user is in, keyset-paged ({@code nextCursor} from the last id). */
    public List<Long> serverIdsOf(long userId, PageQuery page) {
        return members.serverIdsOf(userId, page);
    }
}
