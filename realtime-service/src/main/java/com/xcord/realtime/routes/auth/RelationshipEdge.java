package com.xcord.realtime.routes.auth;

import com.xcord.events.auth.RelationshipChanged;
import com.xcord.events.auth.RelationshipChangedV2;
import com.xcord.events.auth.RelationshipKind;
import java.time.Instant;

/**
 * A {@code relationship.changed} of either version, as routing and the views need it. Version 1, which the
 * topic may still hold but auth-service no longer publishes, has no row ids: they are null.
 */
record RelationshipEdge(String relationshipId, String targetRelationshipId, String userId, String targetUserId,
        RelationshipKind kind, boolean active, Instant changedAt) {

    static RelationshipEdge of(RelationshipChanged r) {
        return new RelationshipEdge(null, null, r.userId(), r.targetUserId(), r.kind(), r.active(), r.changedAt());
    }

    static RelationshipEdge of(RelationshipChangedV2 r) {
        return new RelationshipEdge(r.relationshipId(), r.targetRelationshipId(), r.userId(), r.targetUserId(),
                r.kind(), r.active(), r.changedAt());
    }

    /** The id {@code viewer} lists: a friendship is two rows, one per friend; any other edge is one row both list. */
    String idSeenBy(String viewer) {
        return kind == RelationshipKind.FRIEND && viewer.equals(targetUserId) ? targetRelationshipId : relationshipId;
    }
}
