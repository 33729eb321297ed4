package com.xcord.events.auth;

import java.time.Instant;

/**
 * An edge between two users appeared ({@code active = true}) or disappeared ({@code false}).
 * Consumers keep projections from it: feed keeps friends and follows, dm keeps blocks.
 */
public record RelationshipChanged(String userId, String targetUserId, RelationshipKind kind, boolean active,
        Instant changedAt) {
}
