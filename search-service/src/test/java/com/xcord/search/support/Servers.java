package com.xcord.search.support;

import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.ChannelOverwrite;
import com.xcord.events.server.ChannelUpdated;
import com.xcord.events.server.MemberBanned;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MemberKicked;
import com.xcord.events.server.MemberUpdated;
import com.xcord.events.media.MediaAttachment;
import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.MessageCreatedV2;
import com.xcord.events.server.MessageDeleted;
import com.xcord.events.server.MessageUpdatedV2;
import com.xcord.events.server.MessageUpdatedV3;
import com.xcord.events.server.RoleCreated;
import com.xcord.events.server.ServerCreated;
import com.xcord.events.server.ServerEvents;
import com.xcord.permissions.Permissions;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static com.xcord.servicekit.id.Ids.format;

/**
 * Servers, channels, roles, members and messages, announced on server-service's topic keyed by server (so the index
 * sees them in order, as in production).
 */
public final class Servers {

    private final Events events;

    Servers(Events events) {
        this.events = events;
    }

    /** A server and its {@code general} channel. */
    public record Server(long id, long owner, long general) {
    }

    /** A server named {@code name} owned by {@code owner} with @everyone's default bits and a general channel. */
    public Server create(long owner, String name) {
        long id = Events.nextId();
        Instant now = Instant.now();
        events.apply(ServerEvents.SERVER_CREATED, id, new ServerCreated(format(id), format(owner), name, null, null, now));
        events.apply(ServerEvents.ROLE_CREATED, id, new RoleCreated(format(id), format(id), "@everyone",
                Long.toString(Permissions.DEFAULT_EVERYONE), 0, 0, false, now));
        events.apply(ServerEvents.MEMBER_JOINED, id, new MemberJoined(format(id), format(owner), null, now));
        long general = channel(new Server(id, owner, 0), "general");
        return new Server(id, owner, general);
    }

    public long channel(Server server, String name) {
        long channel = Events.nextId();
        events.apply(ServerEvents.CHANNEL_CREATED, server.id(), new ChannelCreated(format(server.id()),
                format(channel), "text", name, null, null, 0, 0, List.of(), Instant.now()));
        return channel;
    }

    public void join(Server server, long... users) {
        for (long user : users) {
            events.apply(ServerEvents.MEMBER_JOINED, server.id(), new MemberJoined(format(server.id()), format(user),
                    "invite", Instant.now()));
        }
    }

    public void kick(Server server, long user) {
        events.apply(ServerEvents.MEMBER_KICKED, server.id(), new MemberKicked(format(server.id()), format(user),
                format(server.owner()), Instant.now()));
    }

    public void ban(Server server, long user) {
        events.apply(ServerEvents.MEMBER_BANNED, server.id(), new MemberBanned(format(server.id()), format(user),
                format(server.owner()), "spam", true, Instant.now()));
    }

    /** A role with {@code permissions}; returns its id. */
    public long role(Server server, long permissions) {
        long role = Events.nextId();
        events.apply(ServerEvents.ROLE_CREATED, server.id(), new RoleCreated(format(server.id()), format(role), "role",
                Long.toString(permissions), 1, 0, false, Instant.now()));
        return role;
    }

    public void roles(Server server, long user, Long... roleIds) {
        events.apply(ServerEvents.MEMBER_UPDATED, server.id(), new MemberUpdated(format(server.id()), format(user),
                null, Arrays.stream(roleIds).map(String::valueOf).toList(), Instant.now()));
    }

    /** The channel's overwrites become exactly {@code overwrites}. */
    public void overwrites(Server server, long channel, ChannelOverwrite... overwrites) {
        events.apply(ServerEvents.CHANNEL_UPDATED, server.id(), new ChannelUpdated(format(server.id()),
                format(channel), "text", "channel", null, null, 0, 0, List.of(overwrites), Instant.now()));
    }

    /** An overwrite denying {@code bits} to one member. */
    public static ChannelOverwrite denyMember(long user, long bits) {
        return new ChannelOverwrite(format(user), "member", "0", Long.toString(bits));
    }

    /** An overwrite denying {@code bits} to a role ({@code @everyone}: the server's id). */
    public static ChannelOverwrite denyRole(long role, long bits) {
        return new ChannelOverwrite(format(role), "role", "0", Long.toString(bits));
    }

    public static ChannelOverwrite allowRole(long role, long bits) {
        return new ChannelOverwrite(format(role), "role", Long.toString(bits), "0");
    }

    public void deleteServer(Server server) {
        events.apply(ServerEvents.SERVER_DELETED, server.id(),
                new com.xcord.events.server.ServerDeleted(format(server.id()), Instant.now()));
    }

    /** {@code author} writes {@code content} in {@code channel}; returns the message id. */
    public long message(Server server, long channel, long author, String content) {
        return message(server, channel, author, content, List.of(), List.of());
    }

    public long message(Server server, long channel, long author, String content, List<Long> mentions,
            List<String> attachmentIds) {
        return message(Events.nextId(), server, channel, author, content, mentions, attachmentIds);
    }

    /** A message with a given id: its time, for searches over older history. */
    public long message(long id, Server server, long channel, long author, String content, List<Long> mentions,
            List<String> attachmentIds) {
        events.apply(ServerEvents.MESSAGE_CREATED, server.id(), new MessageCreated(format(server.id()),
                format(channel), format(id), format(author), content, mentions.stream().map(String::valueOf).toList(),
                List.of(), false, attachmentIds, null, Instant.now()));
        return id;
    }

    /** A message as server-service publishes it since issue 15 ({@code message.created} v2, media embedded). */
    public long messageWithMedia(Server server, long channel, long author, String content,
            List<MediaAttachment> attachments) {
        long id = Events.nextId();
        events.apply(ServerEvents.MESSAGE_CREATED_V2, server.id(), new MessageCreatedV2(format(server.id()),
                format(channel), format(id), format(author), content, List.of(), List.of(), false, attachments, null,
                Instant.now()));
        return id;
    }

    /** An edit as published since issue 15 ({@code message.updated} v3). */
    public void editWithMedia(Server server, long channel, long message, long author, String content,
            List<MediaAttachment> attachments) {
        events.apply(ServerEvents.MESSAGE_UPDATED_V3, server.id(), new MessageUpdatedV3(format(server.id()),
                format(channel), format(message), format(author), content, null, List.of(), List.of(), false,
                attachments, Instant.now().minusSeconds(1), Instant.now()));
    }

    /** A ready media object of {@code kind} (image, video, audio, file) owned by {@code owner}. */
    public static MediaAttachment media(long owner, String kind) {
        String contentType = switch (kind) {
            case "image" -> "image/jpeg";
            case "video" -> "video/mp4";
            case "audio" -> "audio/mpeg";
            default -> "application/pdf";
        };
        return new MediaAttachment(format(Events.nextId()), format(owner), kind, contentType, 1234, "f", null, null,
                null, null, null, List.of());
    }

    public void edit(Server server, long channel, long message, long author, String content) {
        events.apply(ServerEvents.MESSAGE_UPDATED_V2, server.id(), new MessageUpdatedV2(format(server.id()),
                format(channel), format(message), format(author), content, null, List.of(), List.of(), false,
                List.of(), Instant.now().minusSeconds(1), Instant.now()));
    }

    public void delete(Server server, long channel, long message, long author) {
        events.apply(ServerEvents.MESSAGE_DELETED, server.id(), new MessageDeleted(format(server.id()),
                format(channel), format(message), format(author), format(author), Instant.now()));
    }
}
