package com.xcord.server.role;

import com.xcord.server.role.RoleRequests.CreateRole;
import com.xcord.server.role.RoleRequests.UpdateRole;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Roles of a server, highest first. */
@Tag(name = "Roles", description = "A server's roles and their permissions, highest first.")
@RestController
@RequestMapping("/api/v1/servers/{serverId}/roles")
class RoleController {

    private final RoleChanges changes;
    private final PatchReader patches;

    RoleController(RoleChanges changes, PatchReader patches) {
        this.changes = changes;
        this.patches = patches;
    }

    @Operation(operationId = "listRoles", summary = "List a server's roles",
            description = "Highest first, in one page.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server does not exist or the caller is not a member")
    @GetMapping
    CursorPage<RoleView> list(CurrentUser me, @PathVariable String serverId) {
        return CursorPage.last(changes.list(me.id(), Ids.parse(serverId)));
    }

    @Operation(operationId = "createRole", summary = "Create a role",
            description = "Needs MANAGE_ROLES; the role goes below the caller's highest and grants only permissions "
                    + "the caller has.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller lacks MANAGE_ROLES, places it too high or grants what it does not have")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server does not exist or the caller is not a member")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RoleView create(CurrentUser me, @PathVariable String serverId, @Valid @RequestBody CreateRole body) {
        return changes.create(me.id(), Ids.parse(serverId), body);
    }

    @Operation(operationId = "updateRole", summary = "Edit a role",
            description = "Fields: `name`, `permissions`, `color`, `mentionable`, `position`. Needs MANAGE_ROLES and a "
                    + "role below the caller's highest.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller lacks MANAGE_ROLES, or the role is not below its highest")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server or role does not exist, or the caller is not a member")
    @PatchMapping("/{roleId}")
    RoleView update(CurrentUser me, @PathVariable String serverId, @PathVariable String roleId,
            @RequestBody JsonNode body) {
        return changes.update(me.id(), Ids.parse(serverId), Ids.parse(roleId), patches.read(body, UpdateRole.class));
    }

    @Operation(operationId = "deleteRole", summary = "Delete a role",
            description = "Needs MANAGE_ROLES and a role below the caller's highest.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller lacks MANAGE_ROLES, or the role is not below its highest")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server or role does not exist, or the caller is not a member")
    @DeleteMapping("/{roleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable String serverId, @PathVariable String roleId) {
        changes.delete(me.id(), Ids.parse(serverId), Ids.parse(roleId));
    }
}
