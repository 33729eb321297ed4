package com.xcord.feed.audience;

import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.events.server.MemberBanned;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MemberKicked;
import com.xcord.events.server.MemberLeft;
import com.xcord.events.server.ServerDeleted;
import com.xcord.events.server.ServerEvents;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.id.Ids;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Mirrors server membership: who may see server-scoped posts. */
@Component
class ServerEventsProjection {

    static final String CONSUMER = "feed.server-projection";

    private final IdempotentConsumer consumer;
    private final ProjectionRepository projections;

    ServerEventsProjection(IdempotentConsumer consumer, ProjectionRepository projections) {
        this.consumer = consumer;
        this.projections = projections;
    }

    @KafkaListener(topics = Topics.SERVER)
    void on(EventEnvelope<?> event) {
        if (event.is(ServerEvents.MEMBER_JOINED)) {
            MemberJoined e = event.dataAs(ServerEvents.MEMBER_JOINED);
            member(event, e.serverId(), e.userId(), true, e.joinedAt());
        } else if (event.is(ServerEvents.MEMBER_LEFT)) {
            MemberLeft e = event.dataAs(ServerEvents.MEMBER_LEFT);
            member(event, e.serverId(), e.userId(), false, e.leftAt());
        } else if (event.is(ServerEvents.MEMBER_KICKED)) {
            MemberKicked e = event.dataAs(ServerEvents.MEMBER_KICKED);
            member(event, e.serverId(), e.userId(), false, e.kickedAt());
        } else if (event.is(ServerEvents.MEMBER_BANNED)) {
            MemberBanned e = event.dataAs(ServerEvents.MEMBER_BANNED);
            member(event, e.serverId(), e.userId(), false, e.bannedAt());
        } else if (event.is(ServerEvents.SERVER_DELETED)) {
            ServerDeleted e = event.dataAs(ServerEvents.SERVER_DELETED);
            consumer.handleOnce(CONSUMER, event, () -> projections.deleteServer(Ids.parse(e.serverId()), e.deletedAt()));
        }
    }

    private void member(EventEnvelope<?> event, String serverId, String userId, boolean active,
            java.time.Instant at) {
        consumer.handleOnce(CONSUMER, event,
                () -> projections.upsertMember(Ids.parse(serverId), Ids.parse(userId), active, at));
    }
}
