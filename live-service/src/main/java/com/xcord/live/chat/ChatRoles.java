package com.xcord.live.chat;

import com.xcord.live.stream.StreamLookup.StreamRef;
import org.springframework.stereotype.Component;

/** Who moderates a stream's chat: its streamer and the moderators the streamer appointed. */
@Component
class ChatRoles {

    private final ModerationRepository moderation;

    ChatRoles(ModerationRepository moderation) {
        this.moderation = moderation;
    }

    boolean moderates(StreamRef stream, long userId) {
        return stream.streamerId() == userId || moderation.isModerator(stream.streamerId(), userId);
    }
}
