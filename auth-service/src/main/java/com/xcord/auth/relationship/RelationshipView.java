package com.xcord.auth.relationship;

import com.xcord.servicekit.id.Ids;

import java.time.Instant;

/**
 * A relationship as one of its users sees it.
 *
 * @param id     the relationship row's id, the cursor of a listing
 * @param userId the other user
 * @param type   how the viewer relates to them
 * @param since  when this relationship started
 * @param user   the other user's public summary
 */
record RelationshipView(String id, String userId, RelationshipType type, Instant since, UserSummary user) {

    static RelationshipView of(Edge edge, long viewer, UserSummary other) {
        return new RelationshipView(Ids.format(edge.id()), other.id(),
                RelationshipType.of(edge, viewer), edge.createdAt(), other);
    }
}
