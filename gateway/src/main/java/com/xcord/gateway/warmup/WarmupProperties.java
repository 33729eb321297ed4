package com.xcord.gateway.warmup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the gateway does before it reports ready (see {@link WarmupOrder}).
 *
 * @param enabled  off: every first use happens on a client's request, as before
 * @param timeout  longest wait of each step; a step that cannot finish is logged and the gateway starts anyway
 * @param requests how many requests {@link TrafficWarmup} sends through the gateway's own stack, half of them
 *                 routed to auth-service's public JWKS (the proxy path), half refused before routing (token checks)
 */
@ConfigurationProperties("xcord.gateway.warmup")
public record WarmupProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("200") int requests) {
}
