package com.xcord.server;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code xcord.server.*}.
 *
 * @param nonceWindow how long a message nonce from the same author in the same channel returns the original
 */
@ConfigurationProperties("xcord.server")
public record ServerProperties(Duration nonceWindow) {

    public ServerProperties {
        if (nonceWindow == null) {
            nonceWindow = Duration.ofMinutes(10);
        }
    }
}
