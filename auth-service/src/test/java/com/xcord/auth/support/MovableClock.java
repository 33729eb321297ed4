package com.xcord.auth.support;

import com.xcord.edge.test.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in tests: real time plus an offset a test moves, so that rate-limit windows and
 * login backoffs run out without waiting. A test that moves it resets it afterwards.
 */
@TestConfiguration(proxyBeanMethods = false)
class MovableClock {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
