package com.xcord.notification.inbox;

import com.xcord.notification.NotificationProperties;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.NotFoundException;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The recipient's inbox: the list (each notification, or grouped), the badge count, read, read-all and delete. Every
 * change is published (realtime tells the recipient's other devices). Someone else's notification is a 404.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Inbox", description = "The caller's notifications: list (grouped or not), badge count, read state.")
class InboxController {

    private final InboxRepository repository;
    private final Inbox inbox;
    private final NotificationProperties properties;

    InboxController(InboxRepository repository, Inbox inbox, NotificationProperties properties) {
        this.repository = repository;
        this.inbox = inbox;
        this.properties = properties;
    }

    /** Newest first; {@code unread=true} only the unread; {@code grouped=true} one line per group. */
    @Operation(operationId = "listNotifications", summary = "List my notifications",
            description = "Newest first. `unread=true`: only the unread. `grouped=true`: one line per group (likes, reposts"
                    + " and follows of one subject share one) with its count, latest actors and time; the cursor is the"
                    + " group's latest notification id.")
    @GetMapping
    CursorPage<?> list(CurrentUser user, PageQuery page,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "false") boolean grouped) {
        if (page.after() != null || page.around() != null) {
            throw BadRequestException.field(page.after() != null ? "after" : "around",
                    "the inbox pages backwards only: use before");
        }
        if (grouped) {
            return groups(user.id(), unread, page);
        }
        List<StoredNotification> rows = repository.page(user.id(), unread, page.before(), page.fetchSize());
        CursorPage<StoredNotification> result = CursorPage.of(rows, page.limit(), StoredNotification::id);
        return new CursorPage<>(result.items().stream().map(StoredNotification::view).toList(), result.nextCursor());
    }

    private CursorPage<Views.GroupView> groups(long userId, boolean unread, PageQuery page) {
        List<InboxRepository.GroupRow> rows = repository.groups(userId, unread, page.before(), page.fetchSize());
        CursorPage<InboxRepository.GroupRow> result = CursorPage.of(rows, page.limit(),
                InboxRepository.GroupRow::latestId);
        Map<Long, StoredNotification> latest = repository.byIds(
                result.items().stream().map(InboxRepository.GroupRow::latestId).toList());
        Map<String, List<Long>> actors = repository.sampleActors(userId,
                result.items().stream().map(InboxRepository.GroupRow::groupKey).toList(), properties.sampleActors());
        List<Views.GroupView> views = result.items().stream().map(g -> {
            StoredNotification n = latest.get(g.latestId());
            List<Views.ActorView> sample = actors.getOrDefault(g.groupKey(), List.of()).stream()
                    .map(id -> new Views.ActorView(Ids.format(id))).toList();
            return new Views.GroupView(g.groupKey(), n.type(), g.count(), sample, Ids.format(n.id()), n.createdAt(),
                    g.read(), n.subject());
        }).toList();
        return new CursorPage<>(views, result.nextCursor());
    }

    @Operation(operationId = "getNotificationUnreadCount", summary = "Count my unread notifications",
            description = "Exact (`unreadCount`) and as a badge shows it (`unreadDisplay`, 99+ above 99).")
    @GetMapping("/unread-count")
    Views.UnreadCountView unreadCount(CurrentUser user) {
        int unread = repository.unread(user.id());
        return new Views.UnreadCountView(unread, Views.display(unread));
    }

    @Operation(operationId = "readNotification", summary = "Mark a notification read",
            description = "Reading a read one changes nothing. My other devices get UNREAD_UPDATE.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such notification of mine")
    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(CurrentUser user, @PathVariable String id) {
        if (!inbox.read(user.id(), Ids.parse(id))) {
            throw new NotFoundException("no such notification");
        }
    }

    @Operation(operationId = "readAllNotifications", summary = "Mark all my notifications read",
            description = "The badge drops to 0 on every device (UNREAD_UPDATE).")
    @PostMapping("/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void readAll(CurrentUser user) {
        inbox.readAll(user.id());
    }

    @Operation(operationId = "deleteNotification", summary = "Delete a notification",
            description = "Gone from every device (NOTIFICATION_DELETE).")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such notification of mine")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable String id) {
        if (!inbox.delete(user.id(), Ids.parse(id))) {
            throw new NotFoundException("no such notification");
        }
    }
}
