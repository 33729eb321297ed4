package com.xcord.dm.message;

/** What a message is: a user's text or one of the system messages. */
public enum MessageKind {
    TEXT,
    PARTICIPANT_ADDED,
    PARTICIPANT_REMOVED,
    PARTICIPANT_LEFT,
    CONVERSATION_RENAMED
}
