package com.xcord.server.message;

import com.xcord.server.message.MessageRequests.EditMessage;
import com.xcord.server.message.MessageRequests.SendMessage;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import jakarta.validation.Valid;
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
@RestController
@RequestMapping("/api/v1/servers/{serverId}/channels/{channelId}/messages")
class MessageController {

    private final MessagePosting posting;
    private final MessageHistory history;

    MessageController(MessagePosting posting, MessageHistory history) {
        this.posting = posting;
        this.history = history;
    }

    @GetMapping
    CursorPage<MessageView> list(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            PageQuery page) {
        return history.page(me.id(), Ids.parse(serverId), Ids.parse(channelId), page);
    }

    /** 201 with the new message; 200 with the original when the nonce was used already. */
    @PostMapping
    ResponseEntity<MessageView> send(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            @Valid @RequestBody SendMessage body) {
        MessagePosting.Sent sent = posting.send(me.id(), Ids.parse(serverId), Ids.parse(channelId), body);
        return ResponseEntity.status(sent.created() ? HttpStatus.CREATED : HttpStatus.OK).body(sent.message());
    }

    @PatchMapping("/{messageId}")
    MessageView edit(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            @PathVariable String messageId, @Valid @RequestBody EditMessage body) {
        return posting.edit(me.id(), Ids.parse(serverId), Ids.parse(channelId), Ids.parse(messageId), body);
    }

    @DeleteMapping("/{messageId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            @PathVariable String messageId) {
        posting.delete(me.id(), Ids.parse(serverId), Ids.parse(channelId), Ids.parse(messageId));
    }
}
