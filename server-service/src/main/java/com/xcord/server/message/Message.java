package com.xcord.server.message;

import com.xcord.permissions.Permissions;
import com.xcord.server.access.ChannelAccess;
import com.xcord.server.support.AggregateRoot;
import com.xcord.servicekit.web.ForbiddenException;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A channel message. Only its author edits it (the mentions are recomputed from the new
 * content); its author, or anyone with MANAGE_MESSAGES in the channel, deletes it.
 */
@AggregateRoot
record Message(long id, long channelId, long serverId, long authorId, String content, String nonce,
        List<Long> mentionUserIds, List<Long> mentionRoleIds, boolean mentionEveryone, List<Long> attachmentIds,
        Instant createdAt, Instant editedAt) {

    static Message post(long id, ChannelAccess channel, String content, String nonce, Mentions mentions,
            List<Long> attachmentIds, Instant now) {
        return new Message(id, channel.channelId(), channel.server().serverId(), channel.server().userId(), content,
                nonce, List.copyOf(mentions.userIds()), List.copyOf(mentions.roleIds()), mentions.everyone(),
                List.copyOf(new LinkedHashSet<>(attachmentIds)), now, null);
    }

    Message edit(String newContent, Mentions mentions, long by, Instant at) {
        if (authorId != by) {
            throw new ForbiddenException("Only the author can edit a message");
        }
        return new Message(id, channelId, serverId, authorId, newContent, nonce, List.copyOf(mentions.userIds()),
                List.copyOf(mentions.roleIds()), mentions.everyone(), attachmentIds, createdAt, at);
    }

    void requireDeletableBy(ChannelAccess by) {
        if (authorId != by.server().userId()) {
            by.require(Permissions.MANAGE_MESSAGES);
        }
    }
}
