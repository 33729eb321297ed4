package com.xcord.auth.token;

import com.xcord.edge.PublicPaths;
import com.xcord.servicekit.XcordProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * auth-service's public paths are edge-rules' shared {@link PublicPaths#AUTH_SERVICE} list, the one the gateway
 * lets through, so the two cannot drift; {@code xcord.security.public-paths} may add extras (the gateway must then
 * list them too: the gateway's {@code PublicPathsAgreementTests} fails otherwise).
 */
@Configuration(proxyBeanMethods = false)
class AuthPublicPaths {

    @Bean
    PublicPaths publicPaths(XcordProperties xcord) {
        return PublicPaths.forService(PublicPaths.AUTH_SERVICE, xcord.security().publicPaths());
    }
}
