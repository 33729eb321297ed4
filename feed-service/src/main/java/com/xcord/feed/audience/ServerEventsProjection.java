package com.xcord.feed.audience;

import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.xcord.events.server.ServerEvents.MEMBER_BANNED;
import static com.xcord.events.server.ServerEvents.MEMBER_JOINED;
import static com.xcord.events.server.ServerEvents.MEMBER_KICKED;
import static com.xcord.events.server.ServerEvents.MEMBER_LEFT;
import static com.xcord.events.server.ServerEvents.SERVER_DELETED;

/** Mirrors server membership: who may see server-scoped posts. */
@Component
class ServerEventsProjection extends EventProjection {

    static final String CONSUMER = "feed.server-projection";

    private final ProjectionRepository projections;

    ServerEventsProjection(IdempotentConsumer consumer, ProjectionRepository projections) {
        super(CONSUMER, consumer);
        this.projections = projections;
        on(MEMBER_JOINED, e -> member(e.serverId(), e.userId(), true, e.joinedAt()));
        on(MEMBER_LEFT, e -> member(e.serverId(), e.userId(), false, e.leftAt()));
        on(MEMBER_KICKED, e -> member(e.serverId(), e.userId(), false, e.kickedAt()));
        on(MEMBER_BANNED, e -> member(e.serverId(), e.userId(), false, e.bannedAt()));
        on(SERVER_DELETED, e -> projections.deleteServer(Ids.parse(e.serverId()), e.deletedAt()));
    }

    private void member(String serverId, String userId, boolean active, Instant at) {
        projections.upsertMember(Ids.parse(serverId), Ids.parse(userId), active, at);
    }
}
