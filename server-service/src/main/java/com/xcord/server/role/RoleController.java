package com.xcord.server.role;

import com.xcord.server.role.RoleRequests.CreateRole;
import com.xcord.server.role.RoleRequests.UpdateRole;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Roles of a server, highest first. */
@RestController
@RequestMapping("/api/v1/servers/{serverId}/roles")
class RoleController {

    private final RoleChanges changes;
    private final PatchReader patches;

    RoleController(RoleChanges changes, PatchReader patches) {
        this.changes = changes;
        this.patches = patches;
    }

    @GetMapping
    CursorPage<RoleView> list(CurrentUser me, @PathVariable String serverId) {
        return CursorPage.last(changes.list(me.id(), Ids.parse(serverId)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RoleView create(CurrentUser me, @PathVariable String serverId, @Valid @RequestBody CreateRole body) {
        return changes.create(me.id(), Ids.parse(serverId), body);
    }

    @PatchMapping("/{roleId}")
    RoleView update(CurrentUser me, @PathVariable String serverId, @PathVariable String roleId,
            @RequestBody JsonNode body) {
        return changes.update(me.id(), Ids.parse(serverId), Ids.parse(roleId), patches.read(body, UpdateRole.class));
    }

    @DeleteMapping("/{roleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable String serverId, @PathVariable String roleId) {
        changes.delete(me.id(), Ids.parse(serverId), Ids.parse(roleId));
    }
}
