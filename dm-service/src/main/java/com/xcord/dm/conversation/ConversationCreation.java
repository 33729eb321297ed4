package com.xcord.dm.conversation;

import com.xcord.dm.DmProperties;
import com.xcord.dm.conversation.ConversationRef.Kind;
import com.xcord.dm.directory.Directory;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.media.AttachableMedia;
import com.xcord.servicekit.media.MediaUse;
import com.xcord.servicekit.web.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a conversation. One other participant and no name or icon is a 1:1, and a pair has only one:
 * asking again (or two asking at once, thanks to the unique {@code direct_key}) returns the
 * existing one. Anything else is a group of at most {@link DmProperties#maxGroupSize()}.
 */
@Service
class ConversationCreation {

    record Result(long conversationId, boolean created) {
    }

    private final ConversationRepository conversations;
    private final Directory directory;
    private final ConversationEvents events;
    private final SnowflakeIds ids;
    private final DmProperties properties;
    private final AttachableMedia media;

    ConversationCreation(ConversationRepository conversations, Directory directory, ConversationEvents events,
            SnowflakeIds ids, DmProperties properties, AttachableMedia media) {
        this.media = media;
        this.conversations = conversations;
        this.directory = directory;
        this.events = events;
        this.ids = ids;
        this.properties = properties;
    }

    @Transactional
    Result create(long me, List<Long> others, String name, Long iconMediaId) {
        if (others.size() + 1 > properties.maxGroupSize()) {
            throw BadRequestException.field("participantIds",
                    "a group holds at most " + properties.maxGroupSize() + " participants");
        }
        directory.requireKnown(others, "participantIds");
        if (iconMediaId != null) {
            media.requireOne(me, iconMediaId, MediaUse.PICTURE, "iconMediaId");
        }
        directory.refuseIfBlocked(me, others);
        Kind kind = others.size() == 1 && name == null && iconMediaId == null ? Kind.DIRECT : Kind.GROUP;
        String directKey = kind == Kind.DIRECT ? directKey(me, others.get(0)) : null;
        long id = ids.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!conversations.insert(id, kind, name, iconMediaId, me, directKey, now)) {
            return new Result(conversations.findDirect(directKey).orElseThrow(), false);
        }
        List<Long> participants = new ArrayList<>();
        participants.add(me);
        participants.addAll(others);
        participants.forEach(user -> conversations.upsertParticipant(id, user, now, 0, id));
        events.created(id, kind, name, iconMediaId, me, participants, now);
        return new Result(id, true);
    }

    private static String directKey(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }
}
