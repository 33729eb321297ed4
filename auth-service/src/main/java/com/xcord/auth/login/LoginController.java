package com.xcord.auth.login;

import com.xcord.auth.account.AuthResponse;
import com.xcord.auth.ratelimit.ClientAddresses;
import com.xcord.servicekit.openapi.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /auth/login}. */
@Tag(name = "Login", description = "Signing in with a username or email and a password.")
@RestController
class LoginController {

    private final Login login;
    private final ClientAddresses clients;

    LoginController(Login login, ClientAddresses clients) {
        this.login = login;
        this.clients = clients;
    }

    @Operation(operationId = "login", summary = "Sign in",
            description = "`login` is a username or an email. An unknown account and a wrong password answer the "
                    + "same 401 and are throttled alike (defaults in parentheses): every attempt per client address "
                    + "(20 a minute); each consecutive failure from one network against one account doubles that "
                    + "network's wait (1 s, 2 s, 4 s … 15 min); failures against one account from networks it has "
                    + "not signed in from lately (30 days) are limited per account (10 per 15 min), a limit that "
                    + "never refuses a network the account signed in from.")
    @ProblemResponse(status = HttpStatus.UNAUTHORIZED, description = "Wrong login or password")
    @ProblemResponse(status = HttpStatus.TOO_MANY_REQUESTS, description = "Too many attempts from this address, "
            + "from this network against this account, or against this account from new networks; retry after "
            + "`Retry-After` seconds (the password was not checked)")
    @PostMapping("/api/v1/auth/login")
    AuthResponse login(@RequestBody LoginRequest request, HttpServletRequest http) {
        return login.login(request, clients.resolve(http));
    }
}
