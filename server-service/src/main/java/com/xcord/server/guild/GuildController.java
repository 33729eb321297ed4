package com.xcord.server.guild;

import com.xcord.server.guild.GuildRequests.CreateServer;
import com.xcord.server.guild.GuildRequests.UpdateServer;
import com.xcord.server.support.PatchReader;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Servers: create, list mine, read, edit (and transfer ownership), delete. */
@Tag(name = "Servers", description = "Servers (guilds): create, list mine, read, edit, transfer and delete.")
@RestController
@RequestMapping("/api/v1/servers")
class GuildController {

    private final GuildChanges changes;
    private final PatchReader patches;

    GuildController(GuildChanges changes, PatchReader patches) {
        this.changes = changes;
        this.patches = patches;
    }

    @Operation(operationId = "createServer", summary = "Create a server",
            description = "The caller becomes its owner.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ServerView create(CurrentUser me, @Valid @RequestBody CreateServer body) {
        return changes.create(me.id(), body);
    }

    @Operation(operationId = "listMyServers", summary = "List the servers I am in")
    @GetMapping
    CursorPage<ServerView> mine(CurrentUser me, PageQuery page) {
        return changes.mine(me.id(), page);
    }

    @Operation(operationId = "getServer", summary = "Get a server")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server does not exist or the caller is not a member")
    @GetMapping("/{serverId}")
    ServerView get(CurrentUser me, @PathVariable String serverId) {
        return changes.get(me.id(), Ids.parse(serverId));
    }

    @Operation(operationId = "updateServer", summary = "Edit a server",
            description = "Fields: `name`, `description`, `iconMediaId` (MANAGE_SERVER); `ownerId` transfers the "
                    + "server (owner only).")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller lacks MANAGE_SERVER, or transfers a server it does not own")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server does not exist or the caller is not a member")
    @PatchMapping("/{serverId}")
    ServerView update(CurrentUser me, @PathVariable String serverId, @RequestBody JsonNode body) {
        return changes.update(me.id(), Ids.parse(serverId), patches.read(body, UpdateServer.class));
    }

    @Operation(operationId = "deleteServer", summary = "Delete a server",
            description = "Owner only.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller is not the owner")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server does not exist or the caller is not a member")
    @DeleteMapping("/{serverId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable String serverId) {
        changes.delete(me.id(), Ids.parse(serverId));
    }
}
