package com.xcord.live.chat;

import com.xcord.live.stream.StreamLookup;
import com.xcord.live.stream.StreamLookup.StreamRef;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ForbiddenException;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Deleting messages (their author, the streamer, a moderator), banning and timing out (the streamer or a
 * moderator; never the streamer), appointing moderators (the streamer). Bans and moderators hold for every stream of
 * the streamer.
 */
@Service
class ChatModeration {

    private final ChatMessageRepository messages;
    private final ModerationRepository moderation;
    private final ChatRoles roles;
    private final StreamLookup streams;
    private final ChatEvents events;

    ChatModeration(ChatMessageRepository messages, ModerationRepository moderation, ChatRoles roles,
            StreamLookup streams, ChatEvents events) {
        this.messages = messages;
        this.moderation = moderation;
        this.roles = roles;
        this.streams = streams;
        this.events = events;
    }

    @Transactional
    void delete(long by, long streamId, long messageId) {
        StreamRef stream = streams.find(streamId);
        ChatMessage message = messages.find(messageId).filter(m -> m.streamId() == streamId && !m.deleted())
                .orElseThrow(() -> new NotFoundException("no such message"));
        if (message.authorId() != by && !roles.moderates(stream, by)) {
            throw new ForbiddenException("only the author, the streamer or a moderator may delete a message");
        }
        Instant now = now();
        messages.delete(messageId, by, now);
        events.deleted(message, by, now);
    }

    /** Bans {@code userId} from the streamer's chat; a {@code duration} makes it a timeout. */
    @Transactional
    void ban(long by, long streamId, long userId, Duration duration) {
        StreamRef stream = moderated(by, streamId);
        if (userId == stream.streamerId() || userId == by) {
            throw BadRequestException.field("userId", "cannot ban the streamer or yourself");
        }
        Instant now = now();
        moderation.ban(stream.streamerId(), userId, by, duration == null ? null : now.plus(duration), now);
    }

    @Transactional
    void unban(long by, long streamId, long userId) {
        moderation.unban(moderated(by, streamId).streamerId(), userId);
    }

    @Transactional
    void appoint(long streamer, long userId) {
        if (userId == streamer) {
            throw BadRequestException.field("userId", "the streamer moderates their chat already");
        }
        moderation.addModerator(streamer, userId, now());
    }

    @Transactional
    void dismiss(long streamer, long userId) {
        moderation.removeModerator(streamer, userId);
    }

    private StreamRef moderated(long by, long streamId) {
        StreamRef stream = streams.find(streamId);
        if (!roles.moderates(stream, by)) {
            throw new ForbiddenException("only the streamer or a moderator may ban");
        }
        return stream;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
