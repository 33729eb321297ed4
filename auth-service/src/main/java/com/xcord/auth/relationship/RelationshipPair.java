package com.xcord.auth.relationship;

import com.xcord.events.auth.RelationshipKind;
import com.xcord.servicekit.web.ForbiddenException;
import com.xcord.servicekit.web.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import static com.xcord.events.auth.RelationshipKind.BLOCK;
import static com.xcord.events.auth.RelationshipKind.FOLLOW;
import static com.xcord.events.auth.RelationshipKind.FRIEND;
import static com.xcord.events.auth.RelationshipKind.FRIEND_REQUEST;

/**
 * Every edge between two users, seen from the one who acts ({@code me}). It is loaded while
 * the pair is locked, decides each transition, refuses the invalid ones and records the rows
 * to insert and delete and the events to publish with them.
 *
 * <p>Events describe edges: {@code userId} is the requester, follower or blocker. A
 * friendship is symmetric and published once, with the acting user as {@code userId}.
 */
final class RelationshipPair {

    private final long me;
    private final long them;
    private final List<Edge> edges;
    private final Instant now;
    private final LongSupplier ids;

    private final List<Edge> added = new ArrayList<>();
    private final List<Edge> removed = new ArrayList<>();
    private final List<EdgeChange> events = new ArrayList<>();

    RelationshipPair(long me, long them, List<Edge> edges, Instant now, LongSupplier ids) {
        if (me == them) {
            throw new IllegalArgumentException("a pair needs two users");
        }
        this.me = me;
        this.them = them;
        this.edges = new ArrayList<>(edges);
        this.now = now;
        this.ids = ids;
    }

    /**
     * Asks them to be friends, or accepts their pending request. Asking again, or asking a
     * friend, changes nothing.
     *
     * @return my edge: {@code FRIEND} or my pending {@code FRIEND_REQUEST}
     */
    Edge befriend() {
        refuseIfEitherBlocks();
        Optional<Edge> existing = find(me, them, FRIEND).or(() -> find(me, them, FRIEND_REQUEST));
        if (existing.isPresent()) {
            return existing.get();
        }
        Optional<Edge> theirRequest = find(them, me, FRIEND_REQUEST);
        if (theirRequest.isPresent()) {
            remove(theirRequest.get());
            Edge theirs = add(them, me, FRIEND);
            Edge mine = add(me, them, FRIEND);
            publishFriendship(mine.id(), theirs.id(), true);
            return mine;
        }
        return addAndPublish(FRIEND_REQUEST);
    }

    /** Follows them (one way); following again changes nothing. */
    Edge follow() {
        refuseIfEitherBlocks();
        return find(me, them, FOLLOW).orElseGet(() -> addAndPublish(FOLLOW));
    }

    /**
     * Blocks them: ends our friendship, both pending requests and both follows, then adds my
     * block. Blocking again changes nothing. Their block of me, if any, stays.
     */
    Edge block() {
        Optional<Edge> existing = find(me, them, BLOCK);
        if (existing.isPresent()) {
            return existing.get();
        }
        endFriendship();
        find(me, them, FRIEND_REQUEST).ifPresent(this::remove);
        find(them, me, FRIEND_REQUEST).ifPresent(this::remove);
        find(me, them, FOLLOW).ifPresent(this::remove);
        find(them, me, FOLLOW).ifPresent(this::remove);
        return addAndPublish(BLOCK);
    }

    /** Ends our friendship, or cancels my request, or declines theirs. */
    void unfriend() {
        if (endFriendship()) {
            return;
        }
        Edge request = find(me, them, FRIEND_REQUEST)
                .or(() -> find(them, me, FRIEND_REQUEST))
                .orElseThrow(RelationshipPair::nothingToRemove);
        remove(request);
    }

    void unfollow() {
        remove(find(me, them, FOLLOW).orElseThrow(RelationshipPair::nothingToRemove));
    }

    void unblock() {
        remove(find(me, them, BLOCK).orElseThrow(RelationshipPair::nothingToRemove));
    }

    /** Removes their follow of me. */
    void removeFollower() {
        remove(find(them, me, FOLLOW).orElseThrow(RelationshipPair::nothingToRemove));
    }

    List<Edge> added() {
        return List.copyOf(added);
    }

    List<Edge> removed() {
        return List.copyOf(removed);
    }

    List<EdgeChange> events() {
        return List.copyOf(events);
    }

    private boolean endFriendship() {
        Optional<Edge> mine = find(me, them, FRIEND);
        Optional<Edge> theirs = find(them, me, FRIEND);
        if (mine.isEmpty() && theirs.isEmpty()) {
            return false;
        }
        mine.ifPresent(this::drop);
        theirs.ifPresent(this::drop);
        // both rows are written and removed together; were mine missing, theirs would still name the friendship
        publishFriendship(mine.orElseGet(theirs::get).id(), mine.isPresent() ? theirs.map(Edge::id).orElse(null) : null,
                false);
        return true;
    }

    private void refuseIfEitherBlocks() {
        if (find(me, them, BLOCK).isPresent() || find(them, me, BLOCK).isPresent()) {
            // Deliberately the same answer for both directions.
            throw new ForbiddenException("relationship not allowed");
        }
    }

    private Optional<Edge> find(long from, long to, RelationshipKind kind) {
        return edges.stream().filter(e -> e.is(from, to, kind)).findFirst();
    }

    private Edge addAndPublish(RelationshipKind kind) {
        Edge edge = add(me, them, kind);
        publish(edge, true);
        return edge;
    }

    private Edge add(long from, long to, RelationshipKind kind) {
        Edge edge = new Edge(ids.getAsLong(), from, to, kind, now);
        edges.add(edge);
        added.add(edge);
        return edge;
    }

    /** Removes a one-row edge and publishes its end. */
    private void remove(Edge edge) {
        drop(edge);
        publish(edge, false);
    }

    private void drop(Edge edge) {
        edges.remove(edge);
        if (!added.remove(edge)) {
            removed.add(edge);
        }
    }

    private void publish(Edge edge, boolean active) {
        events.add(new EdgeChange(edge.id(), null, edge.userId(), edge.targetId(), edge.kind(), active, now));
    }

    /** A friendship is symmetric and published once, from the acting user, with both rows' ids. */
    private void publishFriendship(long myRow, Long theirRow, boolean active) {
        events.add(new EdgeChange(myRow, theirRow, me, them, FRIEND, active, now));
    }

    private static NotFoundException nothingToRemove() {
        return new NotFoundException("relationship not found");
    }
}
