package com.xcord.server.message;

import java.time.Instant;
import java.util.List;

/** A row of {@code messages}. */
record Message(long id, long channelId, long serverId, long authorId, String content, String nonce,
        List<Long> mentionUserIds, List<Long> mentionRoleIds, boolean mentionEveryone, List<Long> attachmentIds,
        Instant createdAt, Instant editedAt) {

    Message edited(String newContent, Mentions mentions, Instant at) {
        return new Message(id, channelId, serverId, authorId, newContent, nonce, List.copyOf(mentions.userIds()),
                List.copyOf(mentions.roleIds()), mentions.everyone(), attachmentIds, createdAt, at);
    }
}
