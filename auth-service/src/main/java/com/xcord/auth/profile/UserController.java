package com.xcord.auth.profile;

import com.xcord.auth.account.Accounts;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public profiles (any signed-in caller): {@code GET /users/{id}}, {@code GET /users/by-username/{username}}. */
@Tag(name = "Users", description = "Other people's public profiles.")
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final Accounts accounts;

    UserController(Accounts accounts) {
        this.accounts = accounts;
    }

    @Operation(operationId = "getUser", summary = "Get a user's profile")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such user")
    @GetMapping("/{id}")
    PublicProfile byId(@PathVariable String id) {
        return accounts.byId(Ids.parse(id)).map(PublicProfile::of).orElseThrow(UserController::notFound);
    }

    @Operation(operationId = "getUserByUsername", summary = "Find a user by username")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such user")
    @GetMapping("/by-username/{username}")
    PublicProfile byUsername(@PathVariable String username) {
        if (username.length() > 32) {
            throw notFound();
        }
        return accounts.byUsername(username).map(PublicProfile::of).orElseThrow(UserController::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("User not found");
    }
}
