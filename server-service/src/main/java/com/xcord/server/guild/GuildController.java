package com.xcord.server.guild;

import com.xcord.server.access.ServerAccess;
import com.xcord.server.support.Patch;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.NotFoundException;
import com.xcord.servicekit.web.PageQuery;
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
@RestController
@RequestMapping("/api/v1/servers")
class GuildController {

    private final Guilds guilds;
    private final GuildChanges changes;
    private final ServerAccess access;

    GuildController(Guilds guilds, GuildChanges changes, ServerAccess access) {
        this.guilds = guilds;
        this.changes = changes;
        this.access = access;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ServerView create(CurrentUser me, @RequestBody GuildChanges.CreateServer body) {
        return changes.create(me.id(), body);
    }

    @GetMapping
    CursorPage<ServerView> mine(CurrentUser me, PageQuery page) {
        return CursorPage.of(guilds.ofMember(me.id(), page).stream().map(ServerView::of).toList(), page.limit(),
                v -> Long.parseLong(v.id()));
    }

    @GetMapping("/{serverId}")
    ServerView get(CurrentUser me, @PathVariable String serverId) {
        long id = Ids.parse(serverId);
        access.member(id, me.id());
        return guilds.find(id).map(ServerView::of).orElseThrow(() -> new NotFoundException("Server not found"));
    }

    @PatchMapping("/{serverId}")
    ServerView update(CurrentUser me, @PathVariable String serverId, @RequestBody JsonNode body) {
        return changes.update(me.id(), Ids.parse(serverId), Patch.of(body));
    }

    @DeleteMapping("/{serverId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable String serverId) {
        changes.delete(me.id(), Ids.parse(serverId));
    }
}
