package com.xcord.live.chat;

import com.xcord.live.stream.StreamLookup;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * A stream's chat, paged like message histories: no cursor or {@code before}: newest first, {@code nextCursor} goes
 * further back; {@code after}: oldest first, forward; {@code around}: the message and its neighbours.
 */
@Service
class ChatHistory {

    private final ChatMessageRepository messages;
    private final StreamLookup streams;

    ChatHistory(ChatMessageRepository messages, StreamLookup streams) {
        this.messages = messages;
        this.streams = streams;
    }

    @Transactional(readOnly = true)
    CursorPage<ChatMessageView> page(long streamId, PageQuery page) {
        streams.find(streamId);
        if (page.around() != null) {
            return CursorPage.last(views(messages.around(streamId, page.around(), page.limit())));
        }
        List<ChatMessage> rows = page.after() != null
                ? messages.after(streamId, page.after(), page.fetchSize())
                : messages.before(streamId, page.before(), page.fetchSize());
        return CursorPage.of(views(rows), page.limit(), v -> Long.parseLong(v.id()));
    }

    private static List<ChatMessageView> views(List<ChatMessage> rows) {
        return rows.stream().map(ChatMessageView::of).toList();
    }
}
