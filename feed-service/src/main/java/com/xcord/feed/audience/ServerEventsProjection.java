package com.xcord.feed.audience;

import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

import static com.xcord.events.server.ServerEvents.MEMBER_BANNED;
import static com.xcord.events.server.ServerEvents.MEMBER_JOINED;
import static com.xcord.events.server.ServerEvents.MEMBER_KICKED;
import static com.xcord.events.server.ServerEvents.MEMBER_LEFT;
import static com.xcord.events.server.ServerEvents.SERVER_DELETED;
import static com.xcord.servicekit.id.Ids.parse;

/** Mirrors server membership: who may see server-scoped posts. */
@Component
class ServerEventsProjection extends EventProjection {

    static final String CONSUMER = "feed.server-projection";

    ServerEventsProjection(IdempotentConsumer consumer, ProjectionRepository projections) {
        super(CONSUMER, consumer);
        on(MEMBER_JOINED, e -> projections.upsertMember(parse(e.serverId()), parse(e.userId()), true, e.joinedAt()));
        on(MEMBER_LEFT, e -> projections.upsertMember(parse(e.serverId()), parse(e.userId()), false, e.leftAt()));
        on(MEMBER_KICKED, e -> projections.upsertMember(parse(e.serverId()), parse(e.userId()), false, e.kickedAt()));
        on(MEMBER_BANNED, e -> projections.upsertMember(parse(e.serverId()), parse(e.userId()), false, e.bannedAt()));
        on(SERVER_DELETED, e -> projections.deleteServer(parse(e.serverId()), e.deletedAt()));
    }
}
