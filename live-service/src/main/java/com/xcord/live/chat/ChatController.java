package com.xcord.live.chat;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CodePoints;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** A stream's live chat and its moderation. */
@Tag(name = "Live chat", description = "A stream's chat: history, sending, deleting, bans and timeouts.")
@RestController
@RequestMapping("/api/v1/live/streams/{id}")
class ChatController {

    static final int MAX_CONTENT = 500;
    static final String NONCE_RULE = "must be 1 to 64 visible ASCII characters";

    record SendChatRequest(
            @NotBlank(message = "must not be blank") @CodePoints(max = MAX_CONTENT, message = "must be at most {max} characters")
            String content,
            @Pattern(regexp = "[\\x21-\\x7E]{1,64}", message = NONCE_RULE) String nonce) {
    }

    /** No body, or no {@code durationSeconds}: banned until lifted; otherwise a timeout. */
    record BanRequest(@NotNull(message = "must be given") @Positive(message = "must be positive")
            Long durationSeconds) {
    }

    private final ChatSending sending;
    private final ChatHistory history;
    private final ChatModeration moderation;

    ChatController(ChatSending sending, ChatHistory history, ChatModeration moderation) {
        this.sending = sending;
        this.history = history;
        this.moderation = moderation;
    }

    @Operation(operationId = "listLiveChat", summary = "Read a stream's chat",
            description = "Newest first without a cursor or with `before`; `after` reads forward; `around` centres "
                    + "on a message. Deleted messages are left out.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such stream")
    @GetMapping("/chat")
    CursorPage<ChatMessageView> history(@PathVariable String id, PageQuery page) {
        return history.page(Ids.parse(id), page);
    }

    @Operation(operationId = "sendLiveChatMessage", summary = "Write in a stream's chat",
            description = "1–500 characters. Idempotent by `nonce`: the same nonce again returns the original (200). "
                    + "Subscribers of the stream receive it as LIVE_CHAT_MESSAGE.")
    @ApiResponse(responseCode = "201", description = "The message was sent")
    @ApiResponse(responseCode = "200", description = "This `nonce` was sent before: the original message")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller is banned or timed out in this chat")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such stream")
    @ProblemResponse(status = HttpStatus.CONFLICT, description = "The stream has ended: its chat is read-only")
    @ProblemResponse(status = HttpStatus.TOO_MANY_REQUESTS, description = "Slow mode: wait `Retry-After` seconds")
    @PostMapping("/chat")
    ResponseEntity<ChatMessageView> send(CurrentUser me, @PathVariable String id,
            @RequestBody @Valid SendChatRequest body) {
        ChatSending.Sent sent = sending.send(me.id(), Ids.parse(id), body.content(), body.nonce());
        return ResponseEntity.status(sent.created() ? HttpStatus.CREATED : HttpStatus.OK).body(sent.message());
    }

    @Operation(operationId = "deleteLiveChatMessage", summary = "Delete a chat message",
            description = "Its author, the streamer or one of the streamer's moderators.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller may not delete this message")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such stream or message")
    @DeleteMapping("/chat/{messageId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable String id, @PathVariable String messageId) {
        moderation.delete(me.id(), Ids.parse(id), Ids.parse(messageId));
    }

    @Operation(operationId = "banFromLiveChat", summary = "Ban or time out a user from the chat",
            description = "The streamer or a moderator. Without a body the ban holds until lifted; with "
                    + "`durationSeconds` it is a timeout. It holds in every stream of the streamer.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller is not the streamer or a moderator")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such stream")
    @PutMapping("/bans/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void ban(CurrentUser me, @PathVariable String id, @PathVariable String userId,
            @RequestBody(required = false) @Valid BanRequest body) {
        moderation.ban(me.id(), Ids.parse(id), Ids.parse(userId),
                body == null ? null : Duration.ofSeconds(body.durationSeconds()));
    }

    @Operation(operationId = "unbanFromLiveChat", summary = "Lift a chat ban or timeout")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller is not the streamer or a moderator")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such stream")
    @DeleteMapping("/bans/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unban(CurrentUser me, @PathVariable String id, @PathVariable String userId) {
        moderation.unban(me.id(), Ids.parse(id), Ids.parse(userId));
    }
}
