package com.xcord.server.message;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.media.MediaObjectView;

import java.time.Instant;
import java.util.List;

/**
 * A channel message as the API shows it; {@code attachments} are the media objects (DESIGN §3) as they were when the
 * message was sent, {@code attachmentIds} their ids.
 */
record MessageView(String id, String serverId, String channelId, String authorId, String content, String nonce,
        List<String> mentionUserIds, List<String> mentionRoleIds, boolean mentionEveryone, List<String> attachmentIds,
        List<MediaObjectView> attachments, Instant createdAt, Instant editedAt) {

    static MessageView of(Message m) {
        return new MessageView(Ids.format(m.id()), Ids.format(m.serverId()), Ids.format(m.channelId()),
                Ids.format(m.authorId()), m.content(), m.nonce(), strings(m.mentionUserIds()),
                strings(m.mentionRoleIds()), m.mentionEveryone(), strings(m.attachmentIds()),
                MediaObjectView.of(m.attachments()), m.createdAt(),
                m.editedAt());
    }

    static List<String> strings(List<Long> ids) {
        return ids.stream().map(Ids::format).toList();
    }
}
