package com.xcord.auth.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Fixed-window limits kept in Redis.
 *
 * @param loginPerIp              every login attempt from one client address
 * @param loginFailuresPerAccount failed logins against one account, from anywhere (slows stuffing)
 * @param registerPerIp           registrations from one client address
 * @param refreshPerIp            refreshes from one client address
 */
@ConfigurationProperties("xcord.auth.rate-limits")
public record RateLimitProperties(
        @DefaultValue Limit loginPerIp,
        @DefaultValue Limit loginFailuresPerAccount,
        @DefaultValue Limit registerPerIp,
        @DefaultValue Limit refreshPerIp) {

    /** At most {@code max} hits per {@code window}. */
    public record Limit(@DefaultValue("20") int max, @DefaultValue("1m") Duration window) {
    }
}
