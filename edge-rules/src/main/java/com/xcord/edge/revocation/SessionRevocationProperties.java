package com.xcord.edge.revocation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code xcord.security.revocations.*}: how a service learns which sessions auth-service has ended.
 *
 * @param enabled          follow the revocations and refuse the tokens of ended sessions; off only where a service
 *                         checks sessions itself (auth-service, against its own database)
 * @param rememberFor      how long an ended session is remembered: must exceed the access-token lifetime (auth's
 *                         {@code xcord.auth.tokens.access-ttl}, 15 minutes) plus the clock skew
 * @param bootstrapServers Kafka; defaults to {@code spring.kafka.bootstrap-servers}
 * @param topic            where auth-service publishes {@code session.revoked}
 */
@ConfigurationProperties("xcord.security.revocations")
public record SessionRevocationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20m") Duration rememberFor,
        String bootstrapServers,
        @DefaultValue(com.xcord.events.Topics.AUTH) String topic) {
}
