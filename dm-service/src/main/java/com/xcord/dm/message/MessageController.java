package com.xcord.dm.message;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.CodePoints;
import com.xcord.servicekit.web.NotBlankUnless;
import com.xcord.servicekit.web.PageQuery;
import com.xcord.servicekit.id.SnowflakeId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import java.util.List;

/** Sending, reading, editing and deleting messages. */
@Tag(name = "Direct messages", description = "Sending, reading, editing and deleting messages in a conversation.")
@RestController
@RequestMapping("/api/v1/dm")
class MessageController {

    private final MessageSending sending;
    private final MessageEditing editing;
    private final History history;

    MessageController(MessageSending sending, MessageEditing editing, History history) {
        this.sending = sending;
        this.editing = editing;
        this.history = history;
    }

    /**
     * The documented limits of a message: content 1–4000 characters (code points) and not blank, unless attachments
     * carry the message; at most 10 attachments (media ids); a clientId of 1–64 visible ASCII characters.
     */
    @NotBlankUnless(field = "content", unless = "attachments")
    record SendMessageRequest(
            @CodePoints(max = MAX_CONTENT, message = "must be at most {max} characters") String content,
            @NotNull(message = CLIENT_ID_RULE) @Pattern(regexp = "[\\x21-\\x7E]{1,64}", message = CLIENT_ID_RULE)
            String clientId,
            @Size(max = MAX_ATTACHMENTS, message = "at most " + MAX_ATTACHMENTS + " attachments") @SnowflakeId
            List<String> attachments,
            @SnowflakeId String replyToId) {

        /** The validated request in the domain's terms (blank content with attachments is no content). */
        MessageSending.Draft draft() {
            return new MessageSending.Draft(clientId, content == null || content.isBlank() ? null : content,
                    attachments == null ? List.of() : attachments.stream().map(Ids::parse).toList(),
                    replyToId == null ? null : Ids.parse(replyToId));
        }
    }

    record EditMessageRequest(@NotBlank(message = "must not be blank") @CodePoints(max = MAX_CONTENT, message = "must be at most {max} characters") String content) {
    }

    static final int MAX_CONTENT = 4000;
    static final int MAX_ATTACHMENTS = 10;
    static final String CLIENT_ID_RULE = "must be 1 to 64 visible ASCII characters";

    @Operation(operationId = "listDmMessages", summary = "Read a conversation's messages",
            description = "Without a cursor or with `before`: newest first, `nextCursor` goes further back (as "
                    + "`before`). With `after`: oldest first, `nextCursor` goes forward (as `after`). With `around`: "
                    + "the message and its neighbours, newest first, no `nextCursor`.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The conversation does not exist or the caller is not in it")
    @GetMapping("/conversations/{id}/messages")
    CursorPage<MessageView> history(CurrentUser me, @PathVariable String id, PageQuery page) {
        return history.page(me.id(), Ids.parse(id), page);
    }

    /** 201 with the new message; 200 with the original when the clientId was used before. */
    @Operation(operationId = "sendDmMessage", summary = "Send a message to a conversation",
            description = "Idempotent by `clientId`: sending the same `clientId` again in the conversation returns the "
                    + "original message (200) and sends nothing new. `content` may be empty only with `attachments`.")
    @ApiResponse(responseCode = "201", description = "The message was sent")
    @ApiResponse(responseCode = "200", description = "This `clientId` was sent before: the original message")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "A block stands between the two people of a 1:1")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The conversation does not exist or the caller is not in it")
    @ProblemResponse(status = HttpStatus.CONFLICT,
            description = "The `clientId` already names a message in another conversation")
    @PostMapping("/conversations/{id}/messages")
    ResponseEntity<MessageView> send(CurrentUser me, @PathVariable String id,
            @RequestBody @Valid SendMessageRequest body) {
        MessageSending.Sent sent = sending.send(me.id(), Ids.parse(id), body.draft());
        return ResponseEntity.status(sent.created() ? HttpStatus.CREATED : HttpStatus.OK).body(sent.message());
    }

    @Operation(operationId = "editDmMessage", summary = "Edit my message")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The message is someone else's")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The message does not exist or is in a conversation the caller is not in")
    @PatchMapping("/messages/{id}")
    MessageView edit(CurrentUser me, @PathVariable String id, @RequestBody @Valid EditMessageRequest body) {
        return editing.edit(me.id(), Ids.parse(id), body.content());
    }

    @Operation(operationId = "deleteDmMessage", summary = "Delete my message")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The message is someone else's")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The message does not exist or is in a conversation the caller is not in")
    @DeleteMapping("/messages/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable String id) {
        editing.delete(me.id(), Ids.parse(id));
    }
}
