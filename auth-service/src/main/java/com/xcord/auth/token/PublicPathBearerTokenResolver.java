package com.xcord.auth.token;

import com.xcord.edge.PublicPaths;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;

/**
 * Ignores the {@code Authorization} header on public paths: logout, refresh and login must
 * work while the client still sends its expired access token, which would otherwise be
 * rejected before the endpoint runs. Elsewhere the usual header resolution applies.
 */
@Component
class PublicPathBearerTokenResolver implements BearerTokenResolver {

    private final DefaultBearerTokenResolver delegate = new DefaultBearerTokenResolver();
    private final PublicPaths publicPaths;

    PublicPathBearerTokenResolver(PublicPaths publicPaths) {
        this.publicPaths = publicPaths;
    }

    @Override
    public String resolve(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return publicPaths.matches(request.getMethod(), path) ? null : delegate.resolve(request);
    }
}
