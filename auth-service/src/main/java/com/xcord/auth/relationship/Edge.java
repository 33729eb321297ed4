package com.xcord.auth.relationship;

import com.xcord.events.auth.RelationshipKind;

import java.time.Instant;

/** One row of {@code relationships}: {@code userId} has a {@code kind} edge towards {@code targetId}. */
record Edge(long id, long userId, long targetId, RelationshipKind kind, Instant createdAt) {

    boolean is(long from, long to, RelationshipKind edgeKind) {
        return userId == from && targetId == to && kind == edgeKind;
    }

    /** The other end of this edge, seen from {@code me}. */
    long otherThan(long me) {
        return userId == me ? targetId : userId;
    }
}
