package com.xcord.notification.people;

import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What notification-service knows of users from auth-service's events: blocks (either way, nobody is notified by
 * someone they blocked or who blocked them), follows (who hears that someone went live) and email addresses (the
 * digest). Answered from the local projection, never by calling auth-service.
 */
@Service
public class People {

    private final PeopleRepository repository;

    People(PeopleRepository repository) {
        this.repository = repository;
    }

    /** Whether a block stands between the two users, whoever blocked whom. */
    public boolean blocked(long a, long b) {
        return repository.anyBlockBetween(a, b);
    }

    /** Those of {@code others} between whom and {@code user} a block stands (one query for the lot). */
    public java.util.Set<Long> blockedAmong(long user, java.util.Collection<Long> others) {
        return repository.blockedAmong(user, others);
    }

    public void blockChanged(long blocker, long blocked, boolean active, Instant at) {
        repository.blockChanged(blocker, blocked, active, at);
    }

    public void followChanged(long follower, long followed, boolean active, Instant at) {
        repository.followChanged(follower, followed, active, at);
    }

    /** The followers of {@code userId} with ids above {@code after}, ascending, at most {@code limit}. */
    public List<Long> followers(long userId, long after, int limit) {
        return repository.followers(userId, after, limit);
    }

    public void emailChanged(long userId, String email, Instant at) {
        repository.emailChanged(userId, email, at);
    }

    /** A user's registration or profile change: the name the digest shows. */
    public void named(long userId, String username, String displayName, Instant at) {
        repository.named(userId, username, displayName, at);
    }

    /** How the digest calls a user: their display name, else their username. */
    public String nameOf(long userId) {
        return repository.nameOf(userId).orElse("Someone");
    }

    public Optional<String> emailOf(long userId) {
        return repository.emailOf(userId);
    }
}
