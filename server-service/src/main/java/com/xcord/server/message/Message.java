package com.xcord.server.message;

import com.xcord.events.media.MediaAttachment;
import com.xcord.permissions.Permissions;
import com.xcord.servicekit.id.Ids;
import com.xcord.server.access.ChannelAccess;
import com.xcord.server.support.AggregateRoot;
import com.xcord.servicekit.web.ForbiddenException;

import java.time.Instant;
import java.util.List;

/**
 * A channel message. Only its author edits it (the mentions are recomputed from the new
 * content); its author, or anyone with MANAGE_MESSAGES in the channel, deletes it.
 */
@AggregateRoot
record Message(long id, long channelId, long serverId, long authorId, String content, String nonce,
        List<Long> mentionUserIds, List<Long> mentionRoleIds, boolean mentionEveryone, List<Long> attachmentIds,
        List<MediaAttachment> attachments, Instant createdAt, Instant editedAt) {

    /** {@code attachments}: the author's ready media, checked by {@code AttachableMedia}; kept as sent. */
    static Message post(long id, ChannelAccess channel, String content, String nonce, Mentions mentions,
            List<MediaAttachment> attachments, Instant now) {
        return new Message(id, channel.channelId(), channel.server().serverId(), channel.server().userId(), content,
                nonce, List.copyOf(mentions.userIds()), List.copyOf(mentions.roleIds()), mentions.everyone(),
                attachments.stream().map(m -> Ids.parse(m.id())).toList(), List.copyOf(attachments), now, null);
    }

    Message edit(String newContent, Mentions mentions, long by, Instant at) {
        if (authorId != by) {
            throw new ForbiddenException("Only the author can edit a message");
        }
        return new Message(id, channelId, serverId, authorId, newContent, nonce, List.copyOf(mentions.userIds()),
                List.copyOf(mentions.roleIds()), mentions.everyone(), attachmentIds, attachments, createdAt,
                at);
    }

    void requireDeletableBy(ChannelAccess by) {
        if (authorId != by.server().userId()) {
            by.require(Permissions.MANAGE_MESSAGES);
        }
    }
}
