package com.xcord.auth.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Limits kept in Redis (the login policy: auth-service/README.md, "Login throttling").
 *
 * @param loginPerIp              every login attempt from one client address
 * @param loginBackoff            failed logins from one client network against one account: a growing wait
 * @param loginFailuresPerAccount failed logins against one account from networks it is not known on
 *                                (slows stuffing one account from many addresses; never bars a known network)
 * @param knownClientTtl          how long a network stays known to an account after a successful login there
 * @param registerPerIp           registrations from one client address
 * @param refreshPerIp            refreshes from one client address
 */
@ConfigurationProperties("xcord.auth.rate-limits")
public record RateLimitProperties(
        @DefaultValue Limit loginPerIp,
        @DefaultValue BackoffPolicy loginBackoff,
        @DefaultValue Limit loginFailuresPerAccount,
        @DefaultValue("30d") Duration knownClientTtl,
        @DefaultValue Limit registerPerIp,
        @DefaultValue Limit refreshPerIp) {

    /** At most {@code max} hits per {@code window}. */
    public record Limit(@DefaultValue("20") int max, @DefaultValue("1m") Duration window) {
    }

    /**
     * The n-th consecutive failure waits {@code initial × 2^(n-1)}, at most {@code max} (zero turns the
     * backoff off); the count starts again after a success or {@code forgetAfter} without failures.
     */
    public record BackoffPolicy(@DefaultValue("1s") Duration initial, @DefaultValue("15m") Duration max,
            @DefaultValue("24h") Duration forgetAfter) {
    }
}
