package com.xcord.gateway;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock token expiry is checked against (a bean so tests can move time instead of waiting for it); the
 * verification itself is reactive-auth's auto-configuration, from {@code xcord.security.*}.
 */
@Configuration(proxyBeanMethods = false)
class GatewayClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
