package com.xcord.auth.profile;

import com.xcord.auth.account.Accounts;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public profiles (any signed-in caller): {@code GET /users/{id}}, {@code GET /users/by-username/{username}}. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final Accounts accounts;

    UserController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/{id}")
    PublicProfile byId(@PathVariable String id) {
        return accounts.byId(Ids.parse(id)).map(PublicProfile::of).orElseThrow(UserController::notFound);
    }

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
