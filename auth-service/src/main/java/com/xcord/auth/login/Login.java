package com.xcord.auth.login;

import com.xcord.auth.account.AccountBody;
import com.xcord.auth.account.AccountRules;
import com.xcord.auth.account.Accounts;
import com.xcord.auth.account.AuthResponse;
import com.xcord.auth.account.Credentials;
import com.xcord.auth.account.Passwords;
import com.xcord.auth.ratelimit.ClientInfo;
import com.xcord.auth.ratelimit.RateLimit;
import com.xcord.auth.ratelimit.RateLimitProperties;
import com.xcord.auth.ratelimit.RateLimitedException;
import com.xcord.auth.ratelimit.RateLimiter;
import com.xcord.auth.session.IssuedSession;
import com.xcord.auth.session.Sessions;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.FieldViolation;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a password and starts a session. Unknown logins cost one Argon2 verification too
 * and get the same 401. Limits: every attempt per client address, then {@link LoginThrottle}'s
 * per-account policy, which slows guessing from anywhere without locking the owner out.
 */
@Service
class Login {

    private final Accounts accounts;
    private final Passwords passwords;
    private final Sessions sessions;
    private final RateLimiter rateLimiter;
    private final RateLimitProperties limits;
    private final LoginThrottle throttle;
    private final LoginMeters meters;

    Login(Accounts accounts, Passwords passwords, Sessions sessions, RateLimiter rateLimiter,
            RateLimitProperties limits, LoginThrottle throttle, LoginMeters meters) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.throttle = throttle;
        this.meters = meters;
    }

    AuthResponse login(LoginRequest request, ClientInfo client) {
        validate(request);
        RateLimit perIp = rateLimiter.hit("login:ip:" + client.ip(), limits.loginPerIp());
        if (!perIp.allowed()) {
            meters.throttledPerIp();
        }
        RateLimitedException.throwIfExceeded(perIp);

        String login = AccountRules.normalizeLogin(request.login());
        Optional<Credentials> credentials = accounts.credentials(login);
        String account = credentials.map(c -> "user:" + c.userId()).orElse("name:" + login);
        LoginThrottle.Attempt attempt = throttle.admit(account, client);

        // the attempt already counts as a failure: only a success takes it back
        if (credentials.isEmpty()) {
            passwords.matchNothing(request.password());
            meters.badCredentials();
            throw new InvalidCredentialsException();
        }
        Credentials found = credentials.get();
        if (!passwords.matches(request.password(), found.passwordHash())) {
            meters.badCredentials();
            throw new InvalidCredentialsException();
        }
        throttle.succeeded(attempt);
        if (passwords.needsUpgrade(found.passwordHash())) {
            accounts.replacePasswordHash(found.userId(), found.passwordHash(), passwords.hash(request.password()));
        }
        IssuedSession session = sessions.start(found.userId(), client);
        AccountBody user = accounts.byId(found.userId()).map(AccountBody::of).orElseThrow(InvalidCredentialsException::new);
        return new AuthResponse(user, session.accessToken(), session.refreshToken(), session.expiresIn());
    }

    /** Shape only; a password that cannot be valid is still just a wrong password, but not an essay. */
    private void validate(LoginRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        if (request.login() == null || request.login().isBlank() || request.login().length() > AccountRules.EMAIL_MAX) {
            errors.add(new FieldViolation("login", "must be a username or an email"));
        }
        if (request.password() == null || request.password().isEmpty()
                || request.password().length() > 4 * AccountRules.PASSWORD_MAX) {
            errors.add(new FieldViolation("password", "must not be empty"));
        }
        if (!errors.isEmpty()) {
            meters.invalid();
            throw new BadRequestException("Invalid login request", errors);
        }
    }
}
