package com.xcord.realtime.routes.auth;

import com.xcord.realtime.projection.Projection;
import com.xcord.realtime.protocol.DispatchPayload;
import com.xcord.realtime.protocol.DispatchType;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What clients see of auth-service's events: its REST resources' shapes (the public profile of
 * {@code GET /users/{id}}, {@code RelationshipView} of {@code GET /relationships}), mapped from the events and
 * the projection's profiles here and nowhere else.
 */
@Component
public class AuthViews {

    /** auth-service's public profile ({@code GET /users/{id}}). */
    @DispatchPayload(DispatchType.USER_UPDATE)
    public record UserView(String id, String username, String displayName, String bio, String avatarMediaId,
            String status, Instant createdAt) {
    }

    /** auth-service's {@code UserSummary}: the other user of a relationship. */
    public record UserSummaryView(String id, String username, String displayName, String avatarMediaId) {
    }

    /**
     * auth-service's {@code RelationshipView}, as its recipient sees it: {@code userId} the other user, {@code type}
     * friend, pending_incoming, pending_outgoing, following, follower or blocked; {@code id} the stored row the
     * recipient lists (null from a version 1 event, which has no ids).
     */
    @DispatchPayload(DispatchType.RELATIONSHIP_ADD)
    public record RelationshipView(String id, String userId, String type, Instant since, UserSummaryView user) {
    }

    @DispatchPayload(DispatchType.RELATIONSHIP_REMOVE)
    public record RelationshipRemoveView(String userId, String type) {
    }

    private final Projection projection;

    AuthViews(Projection projection) {
        this.projection = projection;
    }

    /** The user's public profile as far as the projection knows it (only the id for an unknown user). */
    public UserView user(String userId) {
        Projection.User u = projection.user(userId);
        return u == null ? new UserView(userId, null, null, null, null, null, null)
                : new UserView(u.id(), u.username(), u.displayName(), u.bio(), u.avatarMediaId(), u.status(),
                        u.createdAt());
    }

    private UserSummaryView summary(String userId) {
        Projection.User u = projection.user(userId);
        return u == null ? new UserSummaryView(userId, null, null, null)
                : new UserSummaryView(u.id(), u.username(), u.displayName(), u.avatarMediaId());
    }

    /** The edge as {@code viewer} (one of its two users) sees it. */
    RelationshipView relationship(RelationshipEdge r, String viewer) {
        String other = other(r, viewer);
        return new RelationshipView(r.idSeenBy(viewer), other, type(r, viewer), r.changedAt(), summary(other));
    }

    static RelationshipRemoveView relationshipRemoved(RelationshipEdge r, String viewer) {
        return new RelationshipRemoveView(other(r, viewer), type(r, viewer));
    }

    private static String other(RelationshipEdge r, String viewer) {
        return viewer.equals(r.userId()) ? r.targetUserId() : r.userId();
    }

    /** auth-service's {@code RelationshipType}: the event's {@code userId} is the requester, follower or blocker. */
    private static String type(RelationshipEdge r, String viewer) {
        boolean actor = viewer.equals(r.userId());
        return switch (r.kind()) {
            case FRIEND -> "friend";
            case FRIEND_REQUEST -> actor ? "pending_outgoing" : "pending_incoming";
            case FOLLOW -> actor ? "following" : "follower";
            case BLOCK -> "blocked";
        };
    }
}
