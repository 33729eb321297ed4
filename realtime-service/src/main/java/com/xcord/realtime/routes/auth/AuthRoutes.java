package com.xcord.realtime.routes.auth;

import static com.xcord.realtime.protocol.DispatchType.RELATIONSHIP_ADD;
import static com.xcord.realtime.protocol.DispatchType.RELATIONSHIP_REMOVE;
import static com.xcord.realtime.protocol.DispatchType.USER_UPDATE;

import com.xcord.events.auth.RelationshipChanged;
import com.xcord.events.auth.RelationshipChangedV2;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.auth.SessionRevoked;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.auth.UserUpdated;
import com.xcord.realtime.delivery.Delivery;
import com.xcord.realtime.projection.EventRoutes;
import com.xcord.realtime.projection.Projection;
import com.xcord.realtime.projection.RouteTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * auth-service's events: profiles, the relationship graph (friends, follows and blocks are kept for
 * routing; pending friend requests change nothing anyone sees) and logouts.
 */
@Component
class AuthRoutes implements EventRoutes {

    private final Projection p;
    private final Delivery delivery;
    private final AuthViews views;

    AuthRoutes(Projection projection, Delivery delivery, AuthViews views) {
        this.p = projection;
        this.delivery = delivery;
        this.views = views;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(UserRegistered.class, this::userRegistered)
                .on(UserUpdated.class, this::userUpdated)
                .on(RelationshipChanged.class, (r, id, live) -> relationshipChanged(RelationshipEdge.of(r), id, live))
                .on(RelationshipChangedV2.class, (r, id, live) -> relationshipChanged(RelationshipEdge.of(r), id, live))
                .on(SessionRevoked.class, this::sessionRevoked);
    }

    private void userRegistered(UserRegistered u, String id, boolean live) {
        p.putUser(new Projection.User(u.userId(), u.username(), u.displayName(), null, null, null, u.registeredAt()));
    }

    private void userUpdated(UserUpdated u, String id, boolean live) {
        Projection.User old = p.user(u.userId());
        p.putUser(new Projection.User(u.userId(), u.username(), u.displayName(), u.bio(), u.avatarMediaId(), u.status(),
                old != null ? old.createdAt() : null));
        if (live) {
            Set<String> to = new HashSet<>(p.friendsOf(u.userId()));
            to.add(u.userId());
            delivery.toUsers(to, USER_UPDATE, views.user(u.userId()), id);
        }
    }

    private void relationshipChanged(RelationshipEdge r, String id, boolean live) {
        switch (r.kind()) {
            case FRIEND -> p.setFriends(r.userId(), r.targetUserId(), r.active());
            case FOLLOW -> p.setFollow(r.userId(), r.targetUserId(), r.active());
            case BLOCK -> p.setBlock(r.userId(), r.targetUserId(), r.active());
            case FRIEND_REQUEST -> {
                // pending: nothing is routed differently until it is accepted
            }
        }
        if (live) {
            // the blocked user is not told; each of the others sees the edge from their side
            List<String> to = r.kind() == RelationshipKind.BLOCK ? List.of(r.userId())
                    : List.of(r.userId(), r.targetUserId());
            for (String viewer : to) {
                if (r.active()) {
                    delivery.toUser(viewer, RELATIONSHIP_ADD, views.relationship(r, viewer), id);
                } else {
                    delivery.toUser(viewer, RELATIONSHIP_REMOVE, AuthViews.relationshipRemoved(r, viewer), id);
                }
            }
        }
    }

    private void sessionRevoked(SessionRevoked s, String id, boolean live) {
        if (live) {
            delivery.endSessions(s.userId(), s.sessionId());
        }
    }
}
