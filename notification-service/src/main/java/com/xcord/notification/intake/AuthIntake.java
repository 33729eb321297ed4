package com.xcord.notification.intake;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.notification.inbox.Inbox;
import com.xcord.notification.inbox.NewNotification;
import com.xcord.notification.inbox.NotificationType;
import com.xcord.notification.people.People;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * auth-service's events: email addresses and blocks and follows for the projection; follows, friend requests and
 * accepted friendships become notifications, and their undoing (unfollow, a request withdrawn or declined, an
 * unfriend) takes them back. A block removes what either user caused the other.
 */
@Component
class AuthIntake extends EventProjection {

    private final People people;
    private final Rules rules;
    private final Inbox inbox;

    AuthIntake(IdempotentConsumer once, People people, Rules rules, Inbox inbox) {
        super("notification.auth", once);
        this.people = people;
        this.rules = rules;
        this.inbox = inbox;
        on(AuthEvents.USER_REGISTERED, u -> people.named(Long.parseLong(u.userId()), u.username(), u.displayName(),
                u.registeredAt()));
        on(AuthEvents.USER_UPDATED, u -> people.named(Long.parseLong(u.userId()), u.username(), u.displayName(),
                u.updatedAt()));
        on(AuthEvents.USER_EMAIL_CHANGED, e -> people.emailChanged(Long.parseLong(e.userId()), e.email(),
                e.changedAt()));
        on(AuthEvents.RELATIONSHIP_CHANGED, r -> changed(r.userId(), r.targetUserId(), r.kind(), r.active(),
                r.changedAt()));
        on(AuthEvents.RELATIONSHIP_CHANGED_V2, r -> changed(r.userId(), r.targetUserId(), r.kind(), r.active(),
                r.changedAt()));
    }

    private void changed(String from, String to, RelationshipKind kind, boolean active, Instant at) {
        long actor = Long.parseLong(from);
        long target = Long.parseLong(to);
        switch (kind) {
            case BLOCK -> {
                people.blockChanged(actor, target, active, at);
                if (active) {
                    inbox.blocked(actor, target);
                }
            }
            case FOLLOW -> {
                people.followChanged(actor, target, active, at);
                // follows of one user group together: the subject is the followed user
                edge(NotificationType.FOLLOW, actor, target, target, active, at);
            }
            case FRIEND_REQUEST -> edge(NotificationType.FRIEND_REQUEST, actor, target, actor, active, at);
            // the friendship is published by the one who accepted: the requester is told
            case FRIEND -> {
                edge(NotificationType.FRIEND_ACCEPT, actor, target, actor, active, at);
                if (!active) {
                    // an unfriend is published by whoever ended it: take back the acceptance either way
                    inbox.undo(actor, NotificationType.FRIEND_ACCEPT.wire() + ":" + target);
                }
            }
        }
    }

    private void edge(NotificationType type, long actor, long recipient, long subjectUser, boolean active, Instant at) {
        String source = type.wire() + ":" + actor;
        if (active) {
            rules.notify(new NewNotification(recipient, type, actor, "user", subjectUser, null, null, null, null,
                    source, at));
        } else {
            inbox.undo(recipient, source);
        }
    }
}
