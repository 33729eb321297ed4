package com.xcord.realtime.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is told of a user's presence: friends always, co-members only in servers up to the large threshold. */
class PresenceAudienceTests {

    private final Projection projection = new Projection();

    @Test
    void coMembersOfASmallServerAndFriendsSeePresence() {
        server("small", "alice", "bob", "carol");
        projection.setFriends("alice", "dave", true);

        assertThat(projection.audienceOf("alice", 3)).containsExactlyInAnyOrder("bob", "carol", "dave");
    }

    @Test
    void inALargeServerOnlyFriendsSeePresence() {
        server("large", "alice", "bob", "carol", "erin");
        projection.setFriends("alice", "bob", true);

        assertThat(projection.audienceOf("alice", 3)).containsExactly("bob");
    }

    @Test
    void aSmallServerStillCountsWhenTheUserIsAlsoInALargeOne() {
        server("large", "alice", "bob", "carol", "erin");
        server("small", "alice", "frank");

        assertThat(projection.audienceOf("alice", 3)).containsExactly("frank");
    }

    private void server(String id, String... members) {
        projection.putServer(new Projection.ServerInfo(id, members[0], id, null, null, null));
        for (String member : members) {
            projection.putMember(id, new Projection.Member(member, null, List.of(), null));
        }
    }
}
