package com.xcord.auth.relationship;

import com.xcord.events.auth.RelationshipKind;

import java.time.Instant;

/**
 * An edge that appeared ({@code active}) or ended, as {@link RelationshipPair} decided it; published as is.
 *
 * @param relationshipId       the row of {@code userId}'s edge towards {@code targetUserId}
 * @param targetRelationshipId a friendship's other row, {@code targetUserId}'s (a friendship is two rows,
 *                             one listed to each friend); null for the other kinds
 */
record EdgeChange(long relationshipId, Long targetRelationshipId, long userId, long targetUserId,
        RelationshipKind kind, boolean active, Instant changedAt) {
}
