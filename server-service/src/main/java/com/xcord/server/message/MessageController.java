package com.xcord.server.message;

import com.xcord.server.message.MessageRequests.EditMessage;
import com.xcord.server.message.MessageRequests.SendMessage;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Messages of a text channel. */
@Tag(name = "Channel messages", description = "Messages of a text channel.")
@RestController
@RequestMapping("/api/v1/servers/{serverId}/channels/{channelId}/messages")
class MessageController {

    private final MessagePosting posting;
    private final MessageHistory history;

    MessageController(MessagePosting posting, MessageHistory history) {
        this.posting = posting;
        this.history = history;
    }

    @Operation(operationId = "listChannelMessages", summary = "Read a channel's messages",
            description = "Without a cursor or with `before`: newest first, `nextCursor` is the next `before`. With "
                    + "`after`: oldest first, `nextCursor` is the next `after`. With `around`: up to `limit` messages "
                    + "around the id, newest first, no cursor. Needs VIEW_CHANNEL (else 404) and READ_MESSAGE_HISTORY.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller lacks READ_MESSAGE_HISTORY")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server or channel does not exist, or the caller cannot see it")
    @GetMapping
    CursorPage<MessageView> list(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            PageQuery page) {
        return history.page(me.id(), Ids.parse(serverId), Ids.parse(channelId), page);
    }

    /** 201 with the new message; 200 with the original when the nonce was used already. */
    @Operation(operationId = "sendChannelMessage", summary = "Send a message to a channel",
            description = "Idempotent by `nonce`: the same author sending the same `nonce` in the channel within the "
                    + "nonce window (`xcord.server.nonce-window`, 10 minutes) gets the original message back (200) and "
                    + "nothing new is sent. Needs SEND_MESSAGES; slow mode allows one message per interval (moderators "
                    + "excepted).")
    @ApiResponse(responseCode = "201", description = "The message was sent")
    @ApiResponse(responseCode = "200", description = "This `nonce` was sent before: the original message")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller lacks SEND_MESSAGES")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server or channel does not exist, or the caller cannot see it")
    @ProblemResponse(status = HttpStatus.TOO_MANY_REQUESTS,
            description = "Slow mode or rate limit: retry after `Retry-After` seconds")
    @PostMapping
    ResponseEntity<MessageView> send(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            @Valid @RequestBody SendMessage body) {
        MessagePosting.Sent sent = posting.send(me.id(), Ids.parse(serverId), Ids.parse(channelId), body);
        return ResponseEntity.status(sent.created() ? HttpStatus.CREATED : HttpStatus.OK).body(sent.message());
    }

    @Operation(operationId = "editChannelMessage", summary = "Edit my message",
            description = "Only the author edits; mentions are recomputed.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The message is someone else's")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server, channel or message does not exist, or the caller cannot see it")
    @PatchMapping("/{messageId}")
    MessageView edit(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            @PathVariable String messageId, @Valid @RequestBody EditMessage body) {
        return posting.edit(me.id(), Ids.parse(serverId), Ids.parse(channelId), Ids.parse(messageId), body);
    }

    @Operation(operationId = "deleteChannelMessage", summary = "Delete a message",
            description = "The author, or anyone with MANAGE_MESSAGES in the channel.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The message is someone else's and the caller lacks MANAGE_MESSAGES")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server, channel or message does not exist, or the caller cannot see it")
    @DeleteMapping("/{messageId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            @PathVariable String messageId) {
        posting.delete(me.id(), Ids.parse(serverId), Ids.parse(channelId), Ids.parse(messageId));
    }
}
