package com.xcord.auth.login;

import com.xcord.auth.ratelimit.Backoff;
import com.xcord.auth.ratelimit.ClientInfo;
import com.xcord.auth.ratelimit.RateLimit;
import com.xcord.auth.ratelimit.RateLimitProperties;
import com.xcord.auth.ratelimit.RateLimitedException;
import com.xcord.auth.ratelimit.RateLimiter;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The login throttling policy for one account (auth-service/README.md, "Login throttling"), after
 * the per-address limit:
 * <ul>
 *   <li>per (account, client network): each failure doubles the wait before the next attempt
 *       (1 s, 2 s, 4 s … 15 min); a success there clears it;</li>
 *   <li>per account, only for networks the account has not signed in from within
 *       {@code known-client-ttl}: at most {@code login-failures-per-account} failures per window.
 *       Failures from a known network do not count, and a known network is never refused by it,
 *       so nobody can lock the owner out of the places they usually sign in from.</li>
 * </ul>
 * The account is the user id for a real account and the normalized login for an unknown one:
 * both take exactly the same steps, so the answers never tell whether an account exists.
 */
@Component
class LoginThrottle {

    private final Backoff backoff;
    private final RateLimiter limiter;
    private final KnownNetworks knownNetworks;
    private final RateLimitProperties limits;

    LoginThrottle(Backoff backoff, RateLimiter limiter, KnownNetworks knownNetworks, RateLimitProperties limits) {
        this.backoff = backoff;
        this.limiter = limiter;
        this.knownNetworks = knownNetworks;
        this.limits = limits;
    }

    /** One attempt at {@code account} from a client network that may go on to check a password. */
    record Attempt(String account, String network, boolean fromKnownNetwork) {

        String pairKey() {
            return "login:" + account + "|" + network;
        }

        String accountKey() {
            return "login:fail:" + account;
        }
    }

    /** Lets the attempt through, or refuses it with a 429 carrying the longer of the waits that apply. */
    Attempt admit(String account, ClientInfo client) {
        String network = client.network();
        boolean known = knownNetworks.isKnown(account, network, limits.knownClientTtl());
        Attempt attempt = new Attempt(account, network, known);
        Duration pairWait = backoff.remaining(attempt.pairKey());
        // peeked for known networks too, so that every login costs the same Redis round trips
        RateLimit accountLimit = limiter.peek(attempt.accountKey(), limits.loginFailuresPerAccount());
        boolean accountRefuses = !known && !accountLimit.allowed();
        if (accountRefuses && accountLimit.reset().compareTo(pairWait) >= 0) {
            throw new RateLimitedException(accountLimit);
        }
        if (!pairWait.isZero()) {
            throw new RateLimitedException(new RateLimit(1, 0, pairWait, false));
        }
        return attempt;
    }

    void failed(Attempt attempt) {
        backoff.fail(attempt.pairKey(), limits.loginBackoff());
        if (!attempt.fromKnownNetwork()) {
            limiter.hit(attempt.accountKey(), limits.loginFailuresPerAccount());
        }
    }

    /** The password was right: this network's backoff and the account's failures are forgotten, the network is known. */
    void succeeded(Attempt attempt) {
        backoff.reset(attempt.pairKey());
        limiter.reset(attempt.accountKey());
        knownNetworks.remember(attempt.account, attempt.network, limits.knownClientTtl());
    }
}
