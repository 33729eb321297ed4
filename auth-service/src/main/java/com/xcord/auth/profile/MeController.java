package com.xcord.auth.profile;

import com.xcord.auth.account.AccountBody;
import com.xcord.auth.account.Accounts;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The caller's own account: {@code GET /me}, {@code PATCH /me}. */
@Tag(name = "My account", description = "The caller's own account and profile.")
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final Accounts accounts;
    private final ProfileEditing editing;

    MeController(Accounts accounts, ProfileEditing editing) {
        this.accounts = accounts;
        this.editing = editing;
    }

    @Operation(operationId = "getMe", summary = "Get my account")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "The account no longer exists")
    @GetMapping
    AccountBody me(CurrentUser user) {
        return accounts.byId(user.id()).map(AccountBody::of).orElseThrow(() -> new NotFoundException("User not found"));
    }

    @Operation(operationId = "updateMe", summary = "Edit my profile",
            description = "Fields: `displayName`, `bio`, `avatarMediaId`, `status`, `readReceiptsEnabled`.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "The account no longer exists")
    @PatchMapping
    AccountBody update(CurrentUser user, @RequestBody JsonNode body) {
        return AccountBody.of(editing.update(user.id(), ProfilePatchParser.parse(body)));
    }
}
