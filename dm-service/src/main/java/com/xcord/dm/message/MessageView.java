package com.xcord.dm.message;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.media.MediaObjectView;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A message as the API shows it. {@code type} is {@code text} or a system type
 * ({@code participant_added}, {@code participant_removed}, {@code participant_left},
 * {@code conversation_renamed}, with {@code targetUserId} the user concerned). {@code attachments} are the media
 * objects (DESIGN §3) as they were when it was sent, {@code attachmentIds} their ids.
 */
record MessageView(String id, String conversationId, String senderId, String type, String content,
        List<String> attachmentIds, List<MediaObjectView> attachments, String replyToId, String targetUserId,
        String clientId, Instant createdAt, Instant editedAt) {

    static MessageView of(Message m) {
        return new MessageView(Ids.format(m.id()), Ids.format(m.conversationId()), Ids.format(m.senderId()),
                m.kind().name().toLowerCase(Locale.ROOT), m.content(),
                m.attachmentIds().stream().map(Ids::format).toList(), MediaObjectView.of(m.attachments()),
                Ids.formatNullable(m.replyToId()),
                Ids.formatNullable(m.targetUserId()), m.clientId(), m.createdAt(), m.editedAt());
    }
}
