package com.xcord.live.chat;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's chat moderators (for every stream of theirs). */
@Tag(name = "Chat moderators", description = "Who may delete messages and ban in the caller's chat.")
@RestController
@RequestMapping("/api/v1/live/moderators/{userId}")
class ModeratorController {

    private final ChatModeration moderation;

    ModeratorController(ChatModeration moderation) {
        this.moderation = moderation;
    }

    @Operation(operationId = "addLiveChatModerator", summary = "Make a user a moderator of my chat")
    @PutMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void appoint(CurrentUser me, @PathVariable String userId) {
        moderation.appoint(me.id(), Ids.parse(userId));
    }

    @Operation(operationId = "removeLiveChatModerator", summary = "Remove a moderator of my chat")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dismiss(CurrentUser me, @PathVariable String userId) {
        moderation.dismiss(me.id(), Ids.parse(userId));
    }
}
