package com.xcord.auth.relationship;

import com.xcord.events.auth.RelationshipKind;
import com.xcord.servicekit.web.ForbiddenException;
import com.xcord.servicekit.web.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static com.xcord.events.auth.RelationshipKind.BLOCK;
import static com.xcord.events.auth.RelationshipKind.FOLLOW;
import static com.xcord.events.auth.RelationshipKind.FRIEND;
import static com.xcord.events.auth.RelationshipKind.FRIEND_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The pair's transitions without a database: which rows change and which events it records. */
class RelationshipPairTests {

    private static final long ME = 1001;
    private static final long THEM = 2002;
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final AtomicLong ids = new AtomicLong(100);
    private final List<Edge> existing = new ArrayList<>();

    @Test
    void befriendingSendsARequestOnce() {
        Edge request = pair().befriend();
        assertThat(request.kind()).isEqualTo(FRIEND_REQUEST);
        existing.add(request);

        RelationshipPair again = pair();
        assertThat(again.befriend()).isEqualTo(request);
        assertThat(again.added()).isEmpty();
        assertThat(again.events()).isEmpty();
    }

    @Test
    void befriendingSomeoneWhoAskedMeMakesUsFriends() {
        Edge theirRequest = edge(THEM, ME, FRIEND_REQUEST);

        RelationshipPair pair = pair();
        Edge mine = pair.befriend();

        assertThat(mine.kind()).isEqualTo(FRIEND);
        assertThat(pair.removed()).containsExactly(theirRequest);
        assertThat(pair.added()).extracting(Edge::userId, Edge::targetId, Edge::kind)
                .containsExactlyInAnyOrder(tuple(ME, THEM, FRIEND), tuple(THEM, ME, FRIEND));
        assertThat(pair.events()).extracting(this::describe)
                .containsExactly("2002->1001 FRIEND_REQUEST false", "1001->2002 FRIEND true");
        // each event names its rows: the request that ended; both rows of the friendship, mine first
        Edge theirs = pair.added().stream().filter(e -> e.userId() == THEM).findFirst().orElseThrow();
        assertThat(pair.events()).extracting(EdgeChange::relationshipId, EdgeChange::targetRelationshipId)
                .containsExactly(tuple(theirRequest.id(), null), tuple(mine.id(), theirs.id()));
    }

    @Test
    void blockingEndsEverythingBetweenUs() {
        Edge myFriendship = edge(ME, THEM, FRIEND);
        Edge theirFriendship = edge(THEM, ME, FRIEND);
        Edge myFollow = edge(ME, THEM, FOLLOW);
        Edge theirFollow = edge(THEM, ME, FOLLOW);

        RelationshipPair pair = pair();
        Edge block = pair.block();

        assertThat(block.kind()).isEqualTo(BLOCK);
        assertThat(pair.removed()).hasSize(4);
        assertThat(pair.events()).extracting(this::describe).containsExactly(
                "1001->2002 FRIEND false", "1001->2002 FOLLOW false", "2002->1001 FOLLOW false",
                "1001->2002 BLOCK true");
        assertThat(pair.events()).extracting(EdgeChange::relationshipId, EdgeChange::targetRelationshipId)
                .containsExactly(tuple(myFriendship.id(), theirFriendship.id()), tuple(myFollow.id(), null),
                        tuple(theirFollow.id(), null), tuple(block.id(), null));
    }

    @Test
    void aBlockEitherWayForbidsFriendingAndFollowing() {
        edge(THEM, ME, BLOCK);
        assertThatThrownBy(() -> pair().befriend()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> pair().follow()).isInstanceOf(ForbiddenException.class);

        existing.clear();
        edge(ME, THEM, BLOCK);
        assertThatThrownBy(() -> pair().befriend()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> pair().follow()).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void blockingSomeoneWhoBlockedMeKeepsTheirBlock() {
        edge(THEM, ME, BLOCK);
        RelationshipPair pair = pair();
        pair.block();
        assertThat(pair.removed()).isEmpty();
        assertThat(pair.events()).extracting(this::describe).containsExactly("1001->2002 BLOCK true");
    }

    @Test
    void unfriendingDeclinesTheirRequest() {
        edge(THEM, ME, FRIEND_REQUEST);
        RelationshipPair pair = pair();
        pair.unfriend();
        assertThat(pair.events()).extracting(this::describe).containsExactly("2002->1001 FRIEND_REQUEST false");
    }

    @Test
    void removingWhatIsNotThereIsNotFound() {
        edge(THEM, ME, FOLLOW);
        edge(THEM, ME, BLOCK);
        assertThatThrownBy(() -> pair().unfriend()).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pair().unfollow()).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pair().unblock()).isInstanceOf(NotFoundException.class);

        RelationshipPair pair = pair();
        pair.removeFollower();
        assertThat(pair.events()).extracting(this::describe).containsExactly("2002->1001 FOLLOW false");
    }

    private RelationshipPair pair() {
        return new RelationshipPair(ME, THEM, existing, NOW, ids::incrementAndGet);
    }

    private Edge edge(long from, long to, RelationshipKind kind) {
        Edge edge = new Edge(ids.incrementAndGet(), from, to, kind, NOW.minusSeconds(60));
        existing.add(edge);
        return edge;
    }

    private String describe(EdgeChange e) {
        return e.userId() + "->" + e.targetUserId() + " " + e.kind() + " " + e.active();
    }
}
