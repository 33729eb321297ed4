package com.xcord.auth.account;

import com.xcord.auth.ratelimit.ClientAddresses;
import com.xcord.auth.ratelimit.ClientInfo;
import com.xcord.auth.ratelimit.RateLimitProperties;
import com.xcord.auth.ratelimit.RateLimitedException;
import com.xcord.auth.ratelimit.RateLimiter;
import com.xcord.servicekit.openapi.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /auth/register}. */
@Tag(name = "Registration", description = "Creating an account.")
@RestController
class AccountController {

    private final Registration registration;
    private final ClientAddresses clients;
    private final RateLimiter rateLimiter;
    private final RateLimitProperties limits;

    AccountController(Registration registration, ClientAddresses clients, RateLimiter rateLimiter,
            RateLimitProperties limits) {
        this.registration = registration;
        this.clients = clients;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    @Operation(operationId = "register", summary = "Create an account",
            description = "Signs the new account in: the answer carries its first access and refresh tokens. "
                    + "Rate-limited per client address.")
    @ProblemResponse(status = HttpStatus.CONFLICT, description = "The username or the email is taken")
    @PostMapping("/api/v1/auth/register")
    @ResponseStatus(HttpStatus.CREATED)
    AuthResponse register(@RequestBody RegisterRequest request, HttpServletRequest http) {
        ClientInfo client = clients.resolve(http);
        RateLimitedException.throwIfExceeded(rateLimiter.hit("register:ip:" + client.ip(), limits.registerPerIp()));
        return registration.register(request, client);
    }
}
