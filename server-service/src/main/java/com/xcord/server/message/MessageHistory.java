package com.xcord.server.message;

import com.xcord.server.access.ChannelAccess;
import com.xcord.server.access.ServerAccess;
import com.xcord.permissions.Permissions;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Reading a channel's messages: VIEW_CHANNEL (else 404) and READ_MESSAGE_HISTORY (else 403).
 * No cursor or {@code before}: newest first, {@code nextCursor} is the next {@code before}.
 * {@code after}: oldest first, {@code nextCursor} is the next {@code after}. {@code around}:
 * up to {@code limit} messages around the id, newest first, no cursor.
 */
@Service
class MessageHistory {

    private final Messages messages;
    private final ServerAccess access;

    MessageHistory(Messages messages, ServerAccess access) {
        this.messages = messages;
        this.access = access;
    }

    @Transactional(readOnly = true)
    CursorPage<MessageView> page(long userId, long serverId, long channelId, PageQuery page) {
        ChannelAccess channel = access.channel(serverId, userId, channelId)
                .require(Permissions.READ_MESSAGE_HISTORY);
        if (channel.category()) {
            throw new BadRequestException("A category has no messages");
        }
        if (page.around() != null) {
            return CursorPage.last(views(messages.around(channelId, page.around(), page.limit())));
        }
        List<Message> rows = page.after() != null
                ? messages.oldestFirstAfter(channelId, page.after(), page.fetchSize())
                : messages.newestFirst(channelId, page.before(), page.fetchSize());
        return CursorPage.of(views(rows), page.limit(), v -> Long.parseLong(v.id()));
    }

    private static List<MessageView> views(List<Message> rows) {
        return rows.stream().map(MessageView::of).toList();
    }
}
