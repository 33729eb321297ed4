package com.xcord.server.channel;

import com.xcord.server.channel.ChannelRequests.CreateChannel;
import com.xcord.server.channel.ChannelRequests.PutOverwrite;
import com.xcord.server.channel.ChannelRequests.UpdateChannel;
import com.xcord.server.support.PatchReader;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CursorPage;
import jakarta.validation.Valid;
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
    @GetMapping
    CursorPage<ChannelView> list(CurrentUser me, @PathVariable String serverId) {
        return CursorPage.last(changes.visible(me.id(), Ids.parse(serverId)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ChannelView create(CurrentUser me, @PathVariable String serverId, @Valid @RequestBody CreateChannel body) {
        return changes.create(me.id(), Ids.parse(serverId), body);
    }

    @PatchMapping("/{channelId}")
    ChannelView update(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            @RequestBody JsonNode body) {
        return changes.update(me.id(), Ids.parse(serverId), Ids.parse(channelId),
                patches.read(body, UpdateChannel.class));
    }

    @DeleteMapping("/{channelId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId) {
        changes.delete(me.id(), Ids.parse(serverId), Ids.parse(channelId));
    }

    @PutMapping("/{channelId}/overwrites/{targetId}")
    ChannelView putOverwrite(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            @PathVariable String targetId, @Valid @RequestBody PutOverwrite body) {
        return changes.putOverwrite(me.id(), Ids.parse(serverId), Ids.parse(channelId), Ids.parse(targetId), body);
    }

    @DeleteMapping("/{channelId}/overwrites/{targetId}")
    ChannelView deleteOverwrite(CurrentUser me, @PathVariable String serverId, @PathVariable String channelId,
            @PathVariable String targetId) {
        return changes.deleteOverwrite(me.id(), Ids.parse(serverId), Ids.parse(channelId), Ids.parse(targetId));
    }
}
