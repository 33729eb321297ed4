package com.xcord.server.message;

import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.MessageDeleted;
import com.xcord.events.server.MessageUpdated;
import com.xcord.events.server.ServerEvents;
import com.xcord.server.ServerProperties;
import com.xcord.server.access.Access;
import com.xcord.server.access.ChannelAccess;
import com.xcord.server.access.RoleInfo;
import com.xcord.server.access.ServerAccess;
import com.xcord.permissions.Permissions;
import com.xcord.server.support.Check;
import com.xcord.server.support.Clock;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.outbox.Outbox;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ForbiddenException;
import com.xcord.servicekit.web.NotFoundException;
import com.xcord.servicekit.web.TooManyRequestsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sending, editing and deleting channel messages. A send with a {@code nonce} that the same
 * author already used in the channel within the nonce window returns the original message
 * and creates nothing; slow mode limits each author (moderators excepted) to one message per
 * interval.
 */
@Service
class MessagePosting {

    static final int MAX_CONTENT = 4000;
    static final int MAX_NONCE = 64;
    static final int MAX_ATTACHMENTS = 10;

    private final Messages messages;
    private final ServerAccess access;
    private final Outbox outbox;
    private final SnowflakeIds ids;
    private final Duration nonceWindow;

    MessagePosting(Messages messages, ServerAccess access, Outbox outbox, SnowflakeIds ids,
            ServerProperties properties) {
        this.messages = messages;
        this.access = access;
        this.outbox = outbox;
        this.ids = ids;
        this.nonceWindow = properties.nonceWindow();
    }

    record SendMessage(String content, String nonce, List<String> attachments) {
    }

    record EditMessage(String content) {
    }

    /** The message and whether this call created it (false: a nonce retry). */
    record Sent(MessageView message, boolean created) {
    }

    @Transactional
    Sent send(long userId, long serverId, long channelId, SendMessage request) {
        ChannelAccess channel = textChannel(userId, serverId, channelId).require(Permissions.SEND_MESSAGES);
        String content = content(request.content());
        String nonce = request.nonce() == null ? null : Check.text("nonce", request.nonce(), 1, MAX_NONCE);
        List<Long> attachments = Check.ids("attachments", request.attachments(), MAX_ATTACHMENTS);
        Instant now = Clock.now();
        if (nonce != null) {
            messages.lockNonce(channelId, userId, nonce);
            Optional<Message> original = messages.byNonce(channelId, userId, nonce,
                    SnowflakeIds.minIdAt(now.minus(nonceWindow)));
            if (original.isPresent()) {
                return new Sent(MessageView.of(original.get()), false);
            }
        }
        enforceSlowMode(channel, now);
        Mentions mentions = allowed(channel, Mentions.parse(content));
        Message message = new Message(ids.next(), channelId, serverId, userId, content, nonce,
                List.copyOf(mentions.userIds()), List.copyOf(mentions.roleIds()), mentions.everyone(),
                List.copyOf(new LinkedHashSet<>(attachments)), now, null);
        messages.insert(message);
        MessageView view = MessageView.of(message);
        outbox.publish(ServerEvents.MESSAGE_CREATED, view.serverId(), new MessageCreated(view.serverId(),
                view.channelId(), view.id(), view.authorId(), view.content(), view.mentionUserIds(),
                view.mentionRoleIds(), view.mentionEveryone(), view.attachmentIds(), nonce, now));
        return new Sent(view, true);
    }

    /** Only the author edits; mentions are recomputed from the new content. */
    @Transactional
    MessageView edit(long userId, long serverId, long channelId, long messageId, EditMessage request) {
        ChannelAccess channel = textChannel(userId, serverId, channelId);
        Message current = messages.find(channelId, messageId)
                .orElseThrow(() -> new NotFoundException("Message not found"));
        if (current.authorId() != userId) {
            throw new ForbiddenException("Only the author can edit a message");
        }
        String content = content(request == null ? null : request.content());
        Mentions mentions = allowed(channel, Mentions.parse(content));
        Message edited = current.edited(content, mentions, Clock.now());
        messages.update(edited);
        MessageView view = MessageView.of(edited);
        outbox.publish(ServerEvents.MESSAGE_UPDATED, view.serverId(), new MessageUpdated(view.serverId(),
                view.channelId(), view.id(), view.authorId(), view.content(), view.mentionUserIds(),
                view.mentionRoleIds(), view.mentionEveryone(), edited.editedAt()));
        return view;
    }

    /** The author, or anyone with MANAGE_MESSAGES in the channel. */
    @Transactional
    void delete(long userId, long serverId, long channelId, long messageId) {
        ChannelAccess channel = textChannel(userId, serverId, channelId);
        Message current = messages.find(channelId, messageId)
                .orElseThrow(() -> new NotFoundException("Message not found"));
        if (current.authorId() != userId) {
            channel.require(Permissions.MANAGE_MESSAGES);
        }
        messages.delete(messageId);
        outbox.publish(ServerEvents.MESSAGE_DELETED, Ids.format(serverId), new MessageDeleted(Ids.format(serverId),
                Ids.format(channelId), Ids.format(messageId), Ids.format(current.authorId()), Ids.format(userId),
                Clock.now()));
    }

    private ChannelAccess textChannel(long userId, long serverId, long channelId) {
        ChannelAccess channel = access.channel(serverId, userId, channelId);
        if (channel.category()) {
            throw new BadRequestException("A category has no messages");
        }
        return channel;
    }

    private void enforceSlowMode(ChannelAccess channel, Instant now) {
        if (channel.slowModeSeconds() == 0 || channel.has(Permissions.MANAGE_MESSAGES)
                || channel.has(Permissions.MANAGE_CHANNELS)) {
            return;
        }
        messages.claimSlowModeSlot(channel.channelId(), channel.server().userId(), channel.slowModeSeconds(), now)
                .ifPresent(next -> {
                    throw new TooManyRequestsException("Slow mode: wait before sending again",
                            Duration.between(now, next));
                });
    }

    /**
     * Keeps the mentions that count: users who are members (one query), roles of the server
     * (mentionable ones, or any with MENTION_EVERYONE), and {@code @everyone} only with
     * MENTION_EVERYONE. The rest stays plain text.
     */
    private Mentions allowed(ChannelAccess channel, Mentions written) {
        Access server = channel.server();
        boolean mentionEveryone = channel.has(Permissions.MENTION_EVERYONE);
        Set<Long> users = written.userIds().isEmpty() ? Set.of()
                : keepOrder(written.userIds(), messages.members(server.serverId(), written.userIds()));
        Set<Long> roles = new LinkedHashSet<>();
        for (long roleId : written.roleIds()) {
            server.role(roleId)
                    .filter(r -> r.id() != server.serverId())
                    .filter(r -> r.mentionable() || mentionEveryone)
                    .map(RoleInfo::id)
                    .ifPresent(roles::add);
        }
        return new Mentions(users, roles, written.everyone() && mentionEveryone);
    }

    private static Set<Long> keepOrder(Set<Long> written, Set<Long> valid) {
        Set<Long> kept = new LinkedHashSet<>();
        for (long id : written) {
            if (valid.contains(id)) {
                kept.add(id);
            }
        }
        return kept;
    }

    private static String content(String raw) {
        if (raw == null || raw.isBlank()) {
            throw BadRequestException.field("content", "must not be blank");
        }
        if (raw.length() > MAX_CONTENT && raw.codePointCount(0, raw.length()) > MAX_CONTENT) {
            throw BadRequestException.field("content", "must be at most " + MAX_CONTENT + " characters");
        }
        return raw;
    }
}
