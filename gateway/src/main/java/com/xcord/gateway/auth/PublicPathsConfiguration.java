package com.xcord.gateway.auth;

import com.xcord.edge.PublicPaths;
import com.xcord.edge.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The paths the gateway lets through without a token: the shared lists of edge-rules (every service's public
 * paths, auth-service's entry points, the gateway's own) plus {@code xcord.security.public-paths}.
 */
@Configuration(proxyBeanMethods = false)
class PublicPathsConfiguration {

    @Bean
    PublicPaths publicPaths(SecurityProperties properties) {
        return PublicPaths.atGateway(properties.publicPaths());
    }
}
