package com.xcord.server.message;

import com.xcord.permissions.Permissions;
import com.xcord.server.ServerProperties;
import com.xcord.server.access.Access;
import com.xcord.server.access.ChannelAccess;
import com.xcord.server.access.RoleInfo;
import com.xcord.server.access.ServerAccess;
import com.xcord.server.member.MemberLookup;
import com.xcord.server.message.MessageRequests.EditMessage;
import com.xcord.server.message.MessageRequests.SendMessage;
import com.xcord.server.support.Clock;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.media.AttachableMedia;
import com.xcord.servicekit.media.MediaUse;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.NotFoundException;
import com.xcord.servicekit.web.TooManyRequestsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
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

    private final Messages messages;
    private final MessageEvents events;
    private final ServerAccess access;
    private final MemberLookup members;
    private final SnowflakeIds ids;
    private final AttachableMedia media;
    private final Duration nonceWindow;

    MessagePosting(Messages messages, MessageEvents events, ServerAccess access, MemberLookup members,
            SnowflakeIds ids, AttachableMedia media, ServerProperties properties) {
        this.messages = messages;
        this.events = events;
        this.access = access;
        this.members = members;
        this.ids = ids;
        this.media = media;
        this.nonceWindow = properties.nonceWindow();
    }

    /** The message and whether this call created it (false: a nonce retry). */
    record Sent(MessageView message, boolean created) {
    }

    @Transactional
    Sent send(long userId, long serverId, long channelId, SendMessage request) {
        ChannelAccess channel = textChannel(userId, serverId, channelId).require(Permissions.SEND_MESSAGES);
        String nonce = request.nonce();
        Instant now = Clock.now();
        if (nonce != null) {
            messages.lockNonce(channelId, userId, nonce);
            Optional<Message> original = messages.byNonce(channelId, userId, nonce,
                    SnowflakeIds.minIdAt(now.minus(nonceWindow)));
            if (original.isPresent()) {
                return new Sent(MessageView.of(original.get()), false);
            }
        }
        var attachments = media.require(userId, request.attachmentIds(), MediaUse.ATTACHMENT, "attachments");
        enforceSlowMode(channel, now);
        Message message = Message.post(ids.next(), channel, request.content(), nonce,
                allowed(channel, Mentions.parse(request.content())), attachments, now);
        messages.insert(message);
        events.created(message);
        return new Sent(MessageView.of(message), true);
    }

    /** Only the author edits; mentions are recomputed from the new content. */
    @Transactional
    MessageView edit(long userId, long serverId, long channelId, long messageId, EditMessage request) {
        ChannelAccess channel = textChannel(userId, serverId, channelId);
        Message edited = find(channelId, messageId).edit(request.content(),
                allowed(channel, Mentions.parse(request.content())), userId, Clock.now());
        messages.update(edited);
        events.updated(edited);
        return MessageView.of(edited);
    }

    /** The author, or anyone with MANAGE_MESSAGES in the channel. */
    @Transactional
    void delete(long userId, long serverId, long channelId, long messageId) {
        ChannelAccess channel = textChannel(userId, serverId, channelId);
        Message message = find(channelId, messageId);
        message.requireDeletableBy(channel);
        messages.delete(messageId);
        events.deleted(message, userId, Clock.now());
    }

    private Message find(long channelId, long messageId) {
        return messages.find(channelId, messageId).orElseThrow(() -> new NotFoundException("Message not found"));
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
                : keepOrder(written.userIds(), members.membersAmong(server.serverId(), written.userIds()));
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
}
