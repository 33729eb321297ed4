package com.xcord.server.channel;

import com.xcord.server.channel.ChannelRequests.CreateChannel;
import com.xcord.server.channel.ChannelRequests.PutOverwrite;
import com.xcord.server.channel.ChannelRequests.UpdateChannel;
import com.xcord.server.support.PatchReader;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CursorPage;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Channels and categories of a server, and their permission overwrites. */
@Tag(name = "Channels", description = "A server's channels and categories, and their permission overwrites.")
@RestController
@RequestMapping("/api/v1/servers/{serverId}/channels")
class ChannelController {

    private final ChannelChanges changes;
    private final PatchReader patches;

    ChannelController(ChannelChanges changes, PatchReader patches) {
        this.changes = changes;
        this.patches = patches;
    }

    /** All channels the caller can view (a server has few): one page. */
    @Operation(operationId = "listChannels", summary = "List the channels I can see",
            description = "Every channel the caller can view, in one page.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server does not exist or the caller is not a member")
    @GetMapping
    CursorPage<ChannelView> list(CurrentUser me, @PathVariable String serverId) {
        return CursorPage.last(changes.visible(me.id(), Ids.parse(serverId)));
    }

    @Operation(operationId = "createChannel", summary = "Create a channel or category",
            description = "Needs MANAGE_CHANNELS.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller lacks MANAGE_CHANNELS")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server does not exist or the caller is not a member")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ChannelView create(CurrentUser me, @PathVariable String serverId, @Valid @RequestBody CreateChannel body) {
        return changes.create(me.id(), Ids.parse(serverId), body);
    }

    @Operation(operationId = "updateChannel", summary = "Edit a channel",
            description = "Fields: `name`, `topic`, `parentId`, `position`, `slowModeSeconds`. Needs MANAGE_CHANNELS.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller lacks MANAGE_CHANNELS")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server or channel does not exist, or the caller cannot see it")
    @PatchMapping("/{channelId}")
    ChannelView update(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            @RequestBody JsonNode body) {
        return changes.update(me.id(), Ids.parse(serverId), Ids.parse(channelId),
                patches.read(body, UpdateChannel.class));
    }

    @Operation(operationId = "deleteChannel", summary = "Delete a channel",
            description = "Needs MANAGE_CHANNELS.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller lacks MANAGE_CHANNELS")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server or channel does not exist, or the caller cannot see it")
    @DeleteMapping("/{channelId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId) {
        changes.delete(me.id(), Ids.parse(serverId), Ids.parse(channelId));
    }

    @Operation(operationId = "putChannelOverwrite", summary = "Set a role's or member's permissions in a channel",
            description = "`{type: role|member, allow, deny}`, permission bitfields as decimal strings. Needs "
                    + "MANAGE_ROLES and a role or member ranking below the caller's highest role (the owner may set "
                    + "any); nobody but an administrator adds or removes a permission they do not have in the channel.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller lacks MANAGE_ROLES or a permission it changes, or does not outrank the target")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server, channel, role or member does not exist, or the caller cannot see it")
    @PutMapping("/{channelId}/overwrites/{targetId}")
    ChannelView putOverwrite(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            @PathVariable String targetId, @Valid @RequestBody PutOverwrite body) {
        return changes.putOverwrite(me.id(), Ids.parse(serverId), Ids.parse(channelId), Ids.parse(targetId), body);
    }

    @Operation(operationId = "deleteChannelOverwrite", summary = "Remove a role's or member's permissions in a channel",
            description = "Needs MANAGE_ROLES, as setting it does: a target ranking below the caller and, in it, "
                    + "only permissions the caller has.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller lacks MANAGE_ROLES or a permission it clears, or does not outrank the target")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server, channel or overwrite does not exist, or the caller cannot see it")
    @DeleteMapping("/{channelId}/overwrites/{targetId}")
    ChannelView deleteOverwrite(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            @PathVariable String targetId) {
        return changes.deleteOverwrite(me.id(), Ids.parse(serverId), Ids.parse(channelId), Ids.parse(targetId));
    }
}
