package com.xcord.live.chat;

import com.xcord.live.stream.StreamLookup;
import com.xcord.live.stream.StreamLookup.StreamRef;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.web.ConflictException;
import com.xcord.servicekit.web.ForbiddenException;
import com.xcord.servicekit.web.TooManyRequestsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Sends a chat message. The author's {@code nonce} names it in the stream: a retry gets the original back (200) and
 * creates nothing. Refused: an ended stream (read-only, 409), a banned or timed-out author (403), and in slow mode a
 * viewer who wrote less than the slow mode ago (429 with {@code Retry-After}); the streamer and moderators are exempt.
 */
@Service
class ChatSending {

    record Sent(ChatMessageView message, boolean created) {
    }

    private final ChatMessageRepository messages;
    private final ModerationRepository moderation;
    private final ChatRoles roles;
    private final StreamLookup streams;
    private final ChatEvents events;
    private final SnowflakeIds ids;

    ChatSending(ChatMessageRepository messages, ModerationRepository moderation, ChatRoles roles,
            StreamLookup streams, ChatEvents events, SnowflakeIds ids) {
        this.messages = messages;
        this.moderation = moderation;
        this.roles = roles;
        this.streams = streams;
        this.events = events;
        this.ids = ids;
    }

    @Transactional
    Sent send(long author, long streamId, String content, String nonce) {
        StreamRef stream = streams.find(streamId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        messages.lockAuthor(streamId, author);
        if (nonce != null) {
            Optional<ChatMessage> original = messages.findByNonce(streamId, author, nonce);
            if (original.isPresent()) {
                return new Sent(ChatMessageView.of(original.get()), false);
            }
        }
        if (stream.over()) {
            throw new ConflictException("the stream has ended: its chat is read-only");
        }
        if (moderation.bannedUntil(stream.streamerId(), author, now).isPresent()) {
            throw new ForbiddenException("you are banned from this chat");
        }
        if (stream.slowModeSeconds() > 0 && !roles.moderates(stream, author)) {
            refuseWithinSlowMode(streamId, author, Duration.ofSeconds(stream.slowModeSeconds()), now);
        }
        ChatMessage message = new ChatMessage(ids.next(), streamId, author, content, nonce, now, null);
        messages.insert(message);
        events.created(message);
        return new Sent(ChatMessageView.of(message), true);
    }

    private void refuseWithinSlowMode(long streamId, long author, Duration slowMode, Instant now) {
        messages.lastMessageAt(streamId, author).ifPresent(last -> {
            Duration wait = Duration.between(now, last.plus(slowMode));
            if (!wait.isNegative() && !wait.isZero()) {
                throw new TooManyRequestsException("slow mode: one message every " + slowMode.toSeconds() + " s",
                        Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000)));
            }
        });
    }
}
