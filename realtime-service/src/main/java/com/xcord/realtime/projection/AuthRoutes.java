package com.xcord.realtime.projection;

import com.xcord.events.auth.RelationshipChanged;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.auth.SessionRevoked;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.auth.UserUpdated;
import com.xcord.realtime.ws.SessionRegistry;
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
    private final SessionRegistry sessions;

    AuthRoutes(Projection projection, Delivery delivery, SessionRegistry sessions) {
        this.p = projection;
        this.delivery = delivery;
        this.sessions = sessions;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(UserRegistered.class, this::userRegistered)
                .on(UserUpdated.class, this::userUpdated)
                .on(RelationshipChanged.class, this::relationshipChanged)
                .on(SessionRevoked.class, this::sessionRevoked);
    }

    private void userRegistered(UserRegistered u, String id, boolean live) {
        p.putUser(new Projection.User(u.userId(), u.username(), u.displayName(), null, null, null));
    }

    private void userUpdated(UserUpdated u, String id, boolean live) {
        p.putUser(new Projection.User(u.userId(), u.username(), u.displayName(), u.bio(), u.avatarMediaId(), u.status()));
        if (live) {
            Set<String> to = new HashSet<>(p.friendsOf(u.userId()));
            to.add(u.userId());
            delivery.toUsers(to, "USER_UPDATE", u, id);
        }
    }

    private void relationshipChanged(RelationshipChanged r, String id, boolean live) {
        switch (r.kind()) {
            case FRIEND -> p.setFriends(r.userId(), r.targetUserId(), r.active());
            case FOLLOW -> p.setFollow(r.userId(), r.targetUserId(), r.active());
            case BLOCK -> p.setBlock(r.userId(), r.targetUserId(), r.active());
            case FRIEND_REQUEST -> {
                // pending: nothing is routed differently until it is accepted
            }
        }
        if (live) {
            String type = r.active() ? "RELATIONSHIP_ADD" : "RELATIONSHIP_REMOVE";
            // the blocked user is not told
            List<String> to = r.kind() == RelationshipKind.BLOCK ? List.of(r.userId())
                    : List.of(r.userId(), r.targetUserId());
            delivery.toUsers(to, type, r, id);
        }
    }

    private void sessionRevoked(SessionRevoked s, String id, boolean live) {
        if (live) {
            sessions.revoke(s.userId(), s.sessionId());
        }
    }
}
