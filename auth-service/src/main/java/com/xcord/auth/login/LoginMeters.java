package com.xcord.auth.login;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code xcord.auth.login.failures{reason}} (reason: {@code bad_credentials}, {@code throttled}, {@code invalid}) and
 * {@code xcord.auth.login.throttled{rule}} (rule: {@code per_ip}, {@code per_account}, {@code backoff}: which limit
 * refused the attempt). No login name, user id or address in a tag: the access log has the request.
 */
@Component
class LoginMeters {

    private final Counter badCredentials;
    private final Counter invalid;
    private final Counter throttled;
    private final Counter perIp;
    private final Counter perAccount;
    private final Counter backoff;

    LoginMeters(MeterRegistry meters) {
        badCredentials = failures(meters, "bad_credentials");
        invalid = failures(meters, "invalid");
        throttled = failures(meters, "throttled");
        perIp = throttled(meters, "per_ip");
        perAccount = throttled(meters, "per_account");
        backoff = throttled(meters, "backoff");
    }

    /** Meters nobody reads, for a throttle built by hand (tests). */
    static LoginMeters unobserved() {
        return new LoginMeters(new SimpleMeterRegistry());
    }

    void badCredentials() {
        badCredentials.increment();
    }

    void invalid() {
        invalid.increment();
    }

    void throttledPerIp() {
        throttle(perIp);
    }

    void throttledPerAccount() {
        throttle(perAccount);
    }

    void throttledByBackoff() {
        throttle(backoff);
    }

    private void throttle(Counter rule) {
        throttled.increment();
        rule.increment();
    }

    private static Counter failures(MeterRegistry meters, String reason) {
        return Counter.builder("xcord.auth.login.failures")
                .description("logins refused, by reason")
                .tag("reason", reason)
                .register(meters);
    }

    private static Counter throttled(MeterRegistry meters, String rule) {
        return Counter.builder("xcord.auth.login.throttled")
                .description("logins refused by a limit before the password was checked, by rule")
                .tag("rule", rule)
                .register(meters);
    }
}
