package com.xcord.auth.session;

import com.xcord.auth.ratelimit.ClientAddresses;
import com.xcord.auth.ratelimit.ClientInfo;
import com.xcord.auth.ratelimit.RateLimitProperties;
import com.xcord.auth.ratelimit.RateLimitedException;
import com.xcord.auth.ratelimit.RateLimiter;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Refresh, logout and the caller's session list. */
@Tag(name = "Sessions", description = "Refreshing tokens, signing out, and the list of signed-in sessions.")
@RestController
@RequestMapping("/api/v1/auth")
class SessionController {

    private final Sessions sessions;
    private final ClientAddresses clients;
    private final RateLimiter rateLimiter;
    private final RateLimitProperties limits;

    SessionController(Sessions sessions, ClientAddresses clients, RateLimiter rateLimiter, RateLimitProperties limits) {
        this.sessions = sessions;
        this.clients = clients;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    record RefreshTokenRequest(String refreshToken) {

        String required() {
            if (refreshToken == null || refreshToken.isBlank()) {
                throw BadRequestException.field("refreshToken", "must not be blank");
            }
            return refreshToken;
        }

        @Override
        public String toString() {
            return "RefreshTokenRequest[refreshToken=***]";
        }
    }

    record TokenPair(String accessToken, String refreshToken, long expiresIn) {

        @Override
        public String toString() {
            return "TokenPair[expiresIn=" + expiresIn + "]";
        }
    }

    @Operation(operationId = "refreshTokens", summary = "Trade a refresh token for new tokens",
            description = "The refresh token rotates on every use; reusing a rotated one revokes the whole session.")
    @ProblemResponse(status = HttpStatus.UNAUTHORIZED,
            description = "The refresh token is unknown, expired, revoked or already used")
    @PostMapping("/refresh")
    TokenPair refresh(@RequestBody RefreshTokenRequest request, HttpServletRequest http) {
        String token = request.required();
        ClientInfo client = clients.resolve(http);
        RateLimitedException.throwIfExceeded(rateLimiter.hit("refresh:ip:" + client.ip(), limits.refreshPerIp()));
        IssuedSession issued = sessions.refresh(token, client);
        return new TokenPair(issued.accessToken(), issued.refreshToken(), issued.expiresIn());
    }

    @Operation(operationId = "logout", summary = "Sign out",
            description = "Revokes the session of this refresh token. An unknown token changes nothing.")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@RequestBody RefreshTokenRequest request) {
        sessions.logout(request.required());
    }

    @Operation(operationId = "logoutEverywhere", summary = "Sign out of every session")
    @PostMapping("/logout-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logoutAll(CurrentUser user) {
        sessions.logoutAll(user.id());
    }

    @Operation(operationId = "listSessions", summary = "List my sessions")
    @GetMapping("/sessions")
    CursorPage<SessionView> list(CurrentUser user, PageQuery page) {
        return sessions.list(user.id(), user.sessionId(), page);
    }

    @Operation(operationId = "revokeSession", summary = "End one of my sessions")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such session of the caller")
    @DeleteMapping("/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(CurrentUser user, @PathVariable String id) {
        sessions.revoke(user.id(), Ids.parse(id));
    }
}
