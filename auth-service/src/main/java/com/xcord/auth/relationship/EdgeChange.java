package com.xcord.auth.relationship;

import com.xcord.events.auth.RelationshipKind;

import java.time.Instant;

/** An edge that appeared ({@code active}) or ended, as {@link RelationshipPair} decided it; published as is. */
record EdgeChange(long userId, long targetUserId, RelationshipKind kind, boolean active, Instant changedAt) {
}
