package com.xcord.auth.login;

import com.xcord.auth.ratelimit.ClientInfo;
import com.xcord.auth.ratelimit.RateLimit;
import com.xcord.auth.ratelimit.RateLimitProperties;
import com.xcord.auth.ratelimit.RateLimitProperties.BackoffPolicy;
import com.xcord.auth.ratelimit.RateLimitProperties.Limit;
import com.xcord.auth.ratelimit.RateLimitedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

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
 * Admission is one Redis script that checks both and, when it lets the attempt through, counts it
 * as a failure at once; {@link #succeeded} takes that back. So concurrent attempts cannot all slip
 * through before the first one fails. The account is the user id for a real account and the
 * normalized login for an unknown one: both take exactly the same steps, so the answers never tell
 * whether an account exists. Times come from the service's {@link Clock} (tests move it); Redis
 * expiry only collects the keys. Redis down: the attempt is let through (as every limit here).
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /**
     * KEYS: the pair's backoff {failures, until}, the account's window {start, count}.
     * ARGV: now, initial, max, forget-after, account max, account window (ms), known (1|0).
     * Returns {pair wait, account wait, account count}; both waits zero = admitted and counted.
     */
    private static final RedisScript<List> ADMIT = RedisScript.of("""
            local now, initial, max, forget = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
            local accountMax, window, known = tonumber(ARGV[5]), tonumber(ARGV[6]), ARGV[7] == '1'
            local failures = tonumber(redis.call('HGET', KEYS[1], 'failures') or '0')
            local closed = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
            local start = tonumber(redis.call('HGET', KEYS[2], 'start'))
            local count = 0
            if start and now < start + window then
              count = tonumber(redis.call('HGET', KEYS[2], 'count') or '0')
            else
              start = nil
            end
            local pairWait = math.max(0, closed - now)
            local accountWait = 0
            if not known and count >= accountMax then accountWait = start + window - now end
            if pairWait > 0 or accountWait > 0 then return {pairWait, accountWait, count} end
            if now >= closed + forget then failures = 0 end
            failures = failures + 1
            local wait = math.floor(math.min(max, initial * 2 ^ math.min(failures - 1, 40)))
            redis.call('HSET', KEYS[1], 'failures', failures, 'until', string.format('%.0f', now + wait))
            redis.call('PEXPIRE', KEYS[1], wait + forget)
            if not known then
              if not start then
                redis.call('DEL', KEYS[2])
                redis.call('HSET', KEYS[2], 'start', ARGV[1])
                redis.call('PEXPIRE', KEYS[2], ARGV[6])
              end
              count = redis.call('HINCRBY', KEYS[2], 'count', 1)
            end
            return {0, 0, count}
            """, List.class);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final KnownNetworks knownNetworks;
    private final RateLimitProperties limits;
    private final LoginMeters meters;

    LoginThrottle(StringRedisTemplate redis, Clock clock, KnownNetworks knownNetworks, RateLimitProperties limits) {
        this(redis, clock, knownNetworks, limits, LoginMeters.unobserved());
    }

    @Autowired
    LoginThrottle(StringRedisTemplate redis, Clock clock, KnownNetworks knownNetworks, RateLimitProperties limits,
            LoginMeters meters) {
        this.redis = redis;
        this.clock = clock;
        this.knownNetworks = knownNetworks;
        this.limits = limits;
        this.meters = meters;
    }

    /** One admitted attempt at {@code account} from a client network, counted as a failure until it succeeds. */
    record Attempt(String account, String network) {

        String pairKey() {
            return "auth:login:backoff:" + account + "|" + network;
        }

        String accountKey() {
            return "auth:login:failures:" + account;
        }
    }

    /** Lets the attempt through (counting it), or refuses it with a 429 carrying the longer of the waits that apply. */
    Attempt admit(String account, ClientInfo client) {
        Attempt attempt = new Attempt(account, client.network());
        boolean known = knownNetworks.isKnown(account, attempt.network(), limits.knownClientTtl());
        BackoffPolicy backoff = limits.loginBackoff();
        Limit perAccount = limits.loginFailuresPerAccount();
        List<?> result;
        try {
            result = redis.execute(ADMIT, List.of(attempt.pairKey(), attempt.accountKey()),
                    Long.toString(clock.millis()), Long.toString(backoff.initial().toMillis()),
                    Long.toString(backoff.max().toMillis()), Long.toString(backoff.forgetAfter().toMillis()),
                    Integer.toString(perAccount.max()), Long.toString(perAccount.window().toMillis()),
                    known ? "1" : "0");
        } catch (RuntimeException e) {
            log.warn("login throttle: Redis unavailable, failing open ({})", e.getClass().getSimpleName());
            return attempt;
        }
        long pairWait = ((Number) result.get(0)).longValue();
        long accountWait = ((Number) result.get(1)).longValue();
        if (accountWait > 0 && accountWait >= pairWait) {
            meters.throttledPerAccount();
            throw new RateLimitedException(new RateLimit(perAccount.max(), 0, Duration.ofMillis(accountWait), false));
        }
        if (pairWait > 0) {
            // a backoff allows one attempt per wait
            meters.throttledByBackoff();
            throw new RateLimitedException(new RateLimit(1, 0, Duration.ofMillis(pairWait), false));
        }
        return attempt;
    }

    /** The password was right: the attempt's count, the account's failures and the network's backoff go; the network is known. */
    void succeeded(Attempt attempt) {
        try {
            redis.delete(List.of(attempt.pairKey(), attempt.accountKey()));
        } catch (RuntimeException e) {
            log.warn("login throttle: Redis unavailable, could not forget failures ({})", e.getClass().getSimpleName());
        }
        knownNetworks.remember(attempt.account(), attempt.network(), limits.knownClientTtl());
    }
}
