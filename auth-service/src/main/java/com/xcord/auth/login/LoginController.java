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
                    + "same 401. Rate-limited per client address and per account.")
    @ProblemResponse(status = HttpStatus.UNAUTHORIZED, description = "Wrong login or password")
    @PostMapping("/api/v1/auth/login")
    AuthResponse login(@RequestBody LoginRequest request, HttpServletRequest http) {
        return login.login(request, clients.resolve(http));
    }
}
