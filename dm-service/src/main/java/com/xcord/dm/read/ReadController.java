package com.xcord.dm.read;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Read markers and unread counts. */
@Tag(name = "Read state", description = "Read markers and unread counts.")
@RestController
@RequestMapping("/api/v1/dm")
class ReadController {

    private final ReadMarkers readMarkers;

    ReadController(ReadMarkers readMarkers) {
        this.readMarkers = readMarkers;
    }

    record UnreadCount(String conversationId, int unreadCount) {
    }

    /** {@code total} unread messages and the count per conversation (only those with unread messages). */
    record Unread(long total, List<UnreadCount> conversations) {
    }

    /** Marks the conversation read up to this message; an older message than the marker changes nothing. */
    @Operation(operationId = "markDmRead", summary = "Mark a conversation read up to a message",
            description = "A message older than the current marker changes nothing.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The message does not exist or is in a conversation the caller is not in")
    @PostMapping("/messages/{id}/read")
    ReadMarkers.ReadState read(CurrentUser me, @PathVariable String id) {
        return readMarkers.markRead(me.id(), Ids.parse(id));
    }

    @Operation(operationId = "getDmUnread", summary = "Count my unread messages",
            description = "The total and the count per conversation (only conversations with unread messages).")
    @GetMapping("/unread")
    Unread unread(CurrentUser me) {
        Map<Long, Integer> unread = readMarkers.unread(me.id());
        return new Unread(unread.values().stream().mapToLong(Integer::longValue).sum(),
                unread.entrySet().stream().map(e -> new UnreadCount(Ids.format(e.getKey()), e.getValue())).toList());
    }
}
