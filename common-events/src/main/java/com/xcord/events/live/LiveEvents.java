package com.xcord.events.live;

import com.xcord.events.EventType;
import com.xcord.events.Topics;

/**
 * Event types published by live-service on {@link Topics#LIVE}, keyed by stream id: one broadcast's start, updates,
 * viewer counts, chat and end stay in order.
 */
public final class LiveEvents {

    public static final EventType<StreamStarted> STREAM_STARTED =
            new EventType<>("live.stream.started", 1, Topics.LIVE, StreamStarted.class);
    public static final EventType<StreamEnded> STREAM_ENDED =
            new EventType<>("live.stream.ended", 1, Topics.LIVE, StreamEnded.class);
    /** The end with what v1 lacks: how long it ran, its peak audience and why it ended. */
    public static final EventType<StreamEndedV2> STREAM_ENDED_V2 =
            new EventType<>("live.stream.ended", 2, Topics.LIVE, StreamEndedV2.class);
    public static final EventType<StreamUpdated> STREAM_UPDATED =
            new EventType<>("live.stream.updated", 1, Topics.LIVE, StreamUpdated.class);
    public static final EventType<ViewerCountChanged> VIEWER_COUNT_CHANGED =
            new EventType<>("live.viewers.changed", 1, Topics.LIVE, ViewerCountChanged.class);
    public static final EventType<LiveChatMessageCreated> CHAT_MESSAGE_CREATED =
            new EventType<>("live.chat.message.created", 1, Topics.LIVE, LiveChatMessageCreated.class);
    public static final EventType<LiveChatMessageDeleted> CHAT_MESSAGE_DELETED =
            new EventType<>("live.chat.message.deleted", 1, Topics.LIVE, LiveChatMessageDeleted.class);

    private LiveEvents() {
    }
}
