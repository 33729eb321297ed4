package com.xcord.dm.message;

import com.xcord.dm.conversation.Participation;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * A conversation's history. No cursor or {@code before}: newest first, {@code nextCursor}
 * goes further back (as {@code before}); {@code after}: oldest first, {@code nextCursor} goes
 * forward (as {@code after}); {@code around}: the message and its neighbours, newest first,
 * no {@code nextCursor} (page on from either end with before/after).
 */
@Service
class History {

    private final MessageRepository messages;
    private final Participation participation;

    History(MessageRepository messages, Participation participation) {
        this.messages = messages;
        this.participation = participation;
    }

    @Transactional(readOnly = true)
    CursorPage<MessageView> page(long me, long conversationId, PageQuery page) {
        participation.visibleTo(conversationId, me);
        if (page.around() != null) {
            return CursorPage.last(views(messages.around(conversationId, page.around(), page.limit())));
        }
        List<Message> rows = page.after() != null
                ? messages.after(conversationId, page.after(), page.fetchSize())
                : messages.before(conversationId, page.before(), page.fetchSize());
        return CursorPage.of(views(rows), page.limit(), v -> Long.parseLong(v.id()));
    }

    private static List<MessageView> views(List<Message> rows) {
        return rows.stream().map(MessageView::of).toList();
    }
}
