package com.xcord.gateway.auth;

import com.xcord.gateway.warmup.WarmupOrder;
import com.xcord.gateway.warmup.WarmupProperties;
import com.xcord.reactiveauth.JwksCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Waits for auth-service's keys before the gateway reports ready; otherwise the first tokens wait for the
 * JWKS fetch. If auth-service cannot be reached in time the gateway starts anyway: it serves public paths,
 * and a token naming an unknown key fetches the JWKS again (at most once per refetch interval).
 */
@Component
@Order(WarmupOrder.JWKS)
class JwksWarmup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JwksWarmup.class);

    private final JwksCache jwks;
    private final WarmupProperties properties;

    JwksWarmup(JwksCache jwks, WarmupProperties properties) {
        this.jwks = jwks;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        long started = System.nanoTime();
        try {
            jwks.ready().block(properties.timeout());
        } catch (RuntimeException timedOut) {
            // reported below
        }
        if (jwks.hasKeys()) {
            log.info("warm-up: JWKS loaded ({} key(s)) after {} ms", jwks.keyIds().size(), (System.nanoTime() - started) / 1_000_000);
        } else {
            log.warn("warm-up: no JWKS yet; tokens are refused until auth-service's keys can be fetched");
        }
    }
}
