package com.xcord.auth.relationship;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChangedV2;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Publishes the edge changes a {@link RelationshipPair} decided. The subject is the acting user,
 * so one user's changes reach consumers in order.
 */
@Component
class RelationshipEvents {

    private final Outbox outbox;

    RelationshipEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void changed(long actingUser, List<EdgeChange> changes) {
        String subject = Ids.format(actingUser);
        changes.forEach(change -> outbox.publish(AuthEvents.RELATIONSHIP_CHANGED_V2, subject, new RelationshipChangedV2(
                Ids.format(change.relationshipId()), Ids.formatNullable(change.targetRelationshipId()),
                Ids.format(change.userId()), Ids.format(change.targetUserId()), change.kind(), change.active(),
                change.changedAt())));
    }
}
