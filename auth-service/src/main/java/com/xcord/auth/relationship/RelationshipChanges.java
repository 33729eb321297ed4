package com.xcord.auth.relationship;

import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Changes the relationship between the caller and another user: locks the pair, lets
 * {@link RelationshipPair} decide, and writes its rows and events in one transaction.
 */
@Service
class RelationshipChanges {

    /** What a {@code PUT} may ask for. */
    enum Intent { FRIEND, FOLLOW, BLOCK }

    /** What a {@code DELETE} may end. */
    enum Removal { FRIEND, FOLLOW, BLOCK, FOLLOWER }

    private final Relationships relationships;
    private final UserSummaries users;
    private final RelationshipEvents events;
    private final SnowflakeIds ids;

    RelationshipChanges(Relationships relationships, UserSummaries users, RelationshipEvents events,
            SnowflakeIds ids) {
        this.relationships = relationships;
        this.users = users;
        this.events = events;
        this.ids = ids;
    }

    @Transactional
    RelationshipView put(long me, long them, Intent intent) {
        refuseSelf(me, them);
        UserSummary other = users.find(them).orElseThrow(() -> new NotFoundException("user not found"));
        RelationshipPair pair = lockAndLoad(me, them);
        Edge edge = switch (intent) {
            case FRIEND -> pair.befriend();
            case FOLLOW -> pair.follow();
            case BLOCK -> pair.block();
        };
        save(me, pair);
        return RelationshipView.of(edge, me, other);
    }

    @Transactional
    void delete(long me, long them, Removal removal) {
        refuseSelf(me, them);
        RelationshipPair pair = lockAndLoad(me, them);
        switch (removal) {
            case FRIEND -> pair.unfriend();
            case FOLLOW -> pair.unfollow();
            case BLOCK -> pair.unblock();
            case FOLLOWER -> pair.removeFollower();
        }
        save(me, pair);
    }

    private RelationshipPair lockAndLoad(long me, long them) {
        relationships.lockPair(me, them);
        // Postgres keeps microseconds: what we answer is what a later read returns.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new RelationshipPair(me, them, relationships.between(me, them), now, ids::next);
    }

    private void save(long me, RelationshipPair pair) {
        relationships.save(pair);
        events.changed(me, pair.events());
    }

    private static void refuseSelf(long me, long them) {
        if (me == them) {
            throw new BadRequestException("you cannot have a relationship with yourself");
        }
    }
}
