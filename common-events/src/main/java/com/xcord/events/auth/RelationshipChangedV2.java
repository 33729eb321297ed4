package com.xcord.events.auth;

import java.time.Instant;

/**
 * An edge between two users appeared ({@code active = true}) or disappeared ({@code false}), with the
 * ids of its stored rows: what {@code GET /relationships} shows as {@code id}. Version 2 of
 * {@code relationship.changed}; {@link RelationshipChanged} (version 1) had no ids.
 *
 * @param relationshipId       the row of {@code userId}'s edge towards {@code targetUserId}: the id both
 *                             users see, except for a friendship, where it is {@code userId}'s
 * @param targetRelationshipId a friendship only (it is two rows, one listed to each friend): the row
 *                             {@code targetUserId} sees; null for the other kinds
 */
public record RelationshipChangedV2(String relationshipId, String targetRelationshipId, String userId,
        String targetUserId, RelationshipKind kind, boolean active, Instant changedAt) {
}
