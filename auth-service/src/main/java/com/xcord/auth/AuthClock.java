package com.xcord.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The clock rate limits and login backoffs are measured against: a bean so that tests move time
 * (edge-rules' {@code MutableClock}) instead of waiting for a window or a backoff to run out.
 */
@Configuration(proxyBeanMethods = false)
class AuthClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
