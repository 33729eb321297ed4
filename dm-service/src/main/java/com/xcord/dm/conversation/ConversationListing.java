package com.xcord.dm.conversation;

import com.xcord.dm.conversation.ConversationRepository.InboxRow;
import com.xcord.dm.conversation.ConversationRepository.Member;
import com.xcord.dm.conversation.ConversationView.ReadState;
import com.xcord.dm.directory.Directory;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.NotFoundException;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller's conversations, most recent activity first. A page costs three queries whatever
 * its size: the inbox rows (with last message and unread count), the participants of those
 * conversations, and their read-receipt settings.
 */
@Service
class ConversationListing {

    private final ConversationRepository conversations;
    private final Directory directory;

    ConversationListing(ConversationRepository conversations, Directory directory) {
        this.conversations = conversations;
        this.directory = directory;
    }

    /** {@code before} is the {@code nextCursor} of the previous page (an activity id). */
    @Transactional(readOnly = true)
    CursorPage<ConversationView> list(long me, PageQuery page) {
        if (page.after() != null || page.around() != null) {
            throw new BadRequestException("The conversation list pages with before only");
        }
        List<InboxRow> rows = conversations.inbox(me, page.before(), null, page.fetchSize());
        CursorPage<InboxRow> rowPage = CursorPage.of(rows, page.limit(), InboxRow::activityId);
        return new CursorPage<>(views(me, rowPage.items()), rowPage.nextCursor());
    }

    @Transactional(readOnly = true)
    ConversationView one(long me, long conversationId) {
        List<InboxRow> rows = conversations.inbox(me, null, conversationId, 1);
        if (rows.isEmpty()) {
            throw new NotFoundException("conversation not found");
        }
        return views(me, rows).get(0);
    }

    private List<ConversationView> views(long me, List<InboxRow> rows) {
        Map<Long, List<Member>> members = conversations.members(rows.stream().map(InboxRow::id).toList());
        Set<Long> everyone = members.values().stream().flatMap(Collection::stream).map(Member::userId)
                .collect(Collectors.toSet());
        Set<Long> withoutReceipts = directory.withoutReadReceipts(everyone);
        return rows.stream().map(row -> view(me, row, members.getOrDefault(row.id(), List.of()), withoutReceipts)).toList();
    }

    private static ConversationView view(long me, InboxRow row, List<Member> members, Set<Long> withoutReceipts) {
        List<ReadState> readStates = members.stream()
                .filter(m -> m.userId() != me && !withoutReceipts.contains(m.userId()))
                .map(m -> new ReadState(Long.toString(m.userId()), idOrNull(m.lastReadId())))
                .toList();
        return new ConversationView(Long.toString(row.id()), row.kind().name().toLowerCase(Locale.ROOT), row.name(),
                row.iconMediaId() == null ? null : row.iconMediaId().toString(), Long.toString(row.ownerId()), members.stream().map(m -> Long.toString(m.userId())).toList(),
                row.lastMessage(), row.unreadCount(), idOrNull(row.lastReadId()), readStates, row.createdAt());
    }

    private static String idOrNull(long id) {
        return id == 0 ? null : Long.toString(id);
    }
}
