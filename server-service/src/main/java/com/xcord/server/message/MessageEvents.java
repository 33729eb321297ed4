package com.xcord.server.message;

import com.xcord.events.server.MessageCreatedV2;
import com.xcord.events.server.MessageDeleted;
import com.xcord.events.server.MessageUpdatedV3;
import com.xcord.events.server.ServerEvents;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Publishes the message facts through the outbox. Keyed by server id, not channel id: a
 * consumer then sees a message in order with the membership and permission changes around it
 * (realtime must not deliver a message to someone kicked just before it).
 */
@Component
class MessageEvents {

    private final Outbox outbox;

    MessageEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Version 2: the attachments as media objects, so realtime shows them and media-service counts the usage. */
    void created(Message m) {
        MessageView v = MessageView.of(m);
        outbox.publish(ServerEvents.MESSAGE_CREATED_V2, v.serverId(), new MessageCreatedV2(v.serverId(),
                v.channelId(), v.id(), v.authorId(), v.content(), v.mentionUserIds(), v.mentionRoleIds(),
                v.mentionEveryone(), m.attachments(), v.nonce(), v.createdAt()));
    }

    /** The whole edited message, as GET shows it (its view, so the two cannot drift apart); version 3. */
    void updated(Message m) {
        MessageView v = MessageView.of(m);
        outbox.publish(ServerEvents.MESSAGE_UPDATED_V3, v.serverId(), new MessageUpdatedV3(v.serverId(), v.channelId(),
                v.id(), v.authorId(), v.content(), v.nonce(), v.mentionUserIds(), v.mentionRoleIds(),
                v.mentionEveryone(), m.attachments(), v.createdAt(), v.editedAt()));
    }

    void deleted(Message m, long by, Instant at) {
        String server = Ids.format(m.serverId());
        outbox.publish(ServerEvents.MESSAGE_DELETED, server, new MessageDeleted(server, Ids.format(m.channelId()),
                Ids.format(m.id()), Ids.format(m.authorId()), Ids.format(by), at));
    }
}
