package com.xcord.events.server;

import com.xcord.events.EventType;
import com.xcord.events.Topics;

/**
 * Event types published by server-service on {@link Topics#SERVER}. All keyed (and subject) by
 * server id, messages included: a consumer must see a message in order with the membership,
 * role and overwrite changes around it — realtime routes a message by who may view the channel at
 * that point, so a message read before the kick that preceded it would reach the kicked member.
 * The price is one partition per server; Discord shards by guild for the same reason.
 */
public final class ServerEvents {

    public static final EventType<ServerCreated> SERVER_CREATED =
            new EventType<>("server.created", 1, Topics.SERVER, ServerCreated.class);
    public static final EventType<ServerUpdated> SERVER_UPDATED =
            new EventType<>("server.updated", 1, Topics.SERVER, ServerUpdated.class);
    public static final EventType<ServerDeleted> SERVER_DELETED =
            new EventType<>("server.deleted", 1, Topics.SERVER, ServerDeleted.class);
    public static final EventType<ChannelCreated> CHANNEL_CREATED =
            new EventType<>("channel.created", 1, Topics.SERVER, ChannelCreated.class);
    public static final EventType<ChannelUpdated> CHANNEL_UPDATED =
            new EventType<>("channel.updated", 1, Topics.SERVER, ChannelUpdated.class);
    public static final EventType<ChannelDeleted> CHANNEL_DELETED =
            new EventType<>("channel.deleted", 1, Topics.SERVER, ChannelDeleted.class);
    public static final EventType<MemberJoined> MEMBER_JOINED =
            new EventType<>("member.joined", 1, Topics.SERVER, MemberJoined.class);
    public static final EventType<MemberLeft> MEMBER_LEFT =
            new EventType<>("member.left", 1, Topics.SERVER, MemberLeft.class);
    public static final EventType<MemberKicked> MEMBER_KICKED =
            new EventType<>("member.kicked", 1, Topics.SERVER, MemberKicked.class);
    public static final EventType<MemberBanned> MEMBER_BANNED =
            new EventType<>("member.banned", 1, Topics.SERVER, MemberBanned.class);
    public static final EventType<MemberUnbanned> MEMBER_UNBANNED =
            new EventType<>("member.unbanned", 1, Topics.SERVER, MemberUnbanned.class);
    public static final EventType<MemberUpdated> MEMBER_UPDATED =
            new EventType<>("member.updated", 1, Topics.SERVER, MemberUpdated.class);
    public static final EventType<RoleCreated> ROLE_CREATED =
            new EventType<>("role.created", 1, Topics.SERVER, RoleCreated.class);
    public static final EventType<RoleUpdated> ROLE_UPDATED =
            new EventType<>("role.updated", 1, Topics.SERVER, RoleUpdated.class);
    public static final EventType<RoleDeleted> ROLE_DELETED =
            new EventType<>("role.deleted", 1, Topics.SERVER, RoleDeleted.class);
    public static final EventType<MessageCreated> MESSAGE_CREATED =
            new EventType<>("message.created", 1, Topics.SERVER, MessageCreated.class);
    /** {@code message.created} with attachments as media objects: what server-service publishes since version 2. */
    public static final EventType<MessageCreatedV2> MESSAGE_CREATED_V2 =
            new EventType<>("message.created", 2, Topics.SERVER, MessageCreatedV2.class);
    /** No longer published; kept to read what the topic still holds. */
    public static final EventType<MessageUpdated> MESSAGE_UPDATED =
            new EventType<>("message.updated", 1, Topics.SERVER, MessageUpdated.class);
    /** {@code message.updated} with the whole message: what server-service publishes since version 2. */
    public static final EventType<MessageUpdatedV2> MESSAGE_UPDATED_V2 =
            new EventType<>("message.updated", 2, Topics.SERVER, MessageUpdatedV2.class);
    /** {@code message.updated} with attachments as media objects: what server-service publishes since version 3. */
    public static final EventType<MessageUpdatedV3> MESSAGE_UPDATED_V3 =
            new EventType<>("message.updated", 3, Topics.SERVER, MessageUpdatedV3.class);
    public static final EventType<MessageDeleted> MESSAGE_DELETED =
            new EventType<>("message.deleted", 1, Topics.SERVER, MessageDeleted.class);

    private ServerEvents() {
    }
}
