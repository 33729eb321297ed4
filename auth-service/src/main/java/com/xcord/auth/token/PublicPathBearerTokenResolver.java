package com.xcord.auth.token;

import com.xcord.servicekit.XcordProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

import java.util.List;

/**
 * Ignores the {@code Authorization} header on public paths: logout, refresh and login must
 * work while the client still sends its expired access token, which would otherwise be
 * rejected before the endpoint runs. Elsewhere the usual header resolution applies.
 */
@Component
class PublicPathBearerTokenResolver implements BearerTokenResolver {

    private final DefaultBearerTokenResolver delegate = new DefaultBearerTokenResolver();
    private final AntPathMatcher matcher = new AntPathMatcher();
    private final List<String> publicPaths;

    PublicPathBearerTokenResolver(XcordProperties xcord) {
        this.publicPaths = xcord.security().publicPaths().stream().map(String::trim)
                .map(p -> p.contains(" ") ? p.substring(p.indexOf(' ') + 1).trim() : p)
                .toList();
    }

    @Override
    public String resolve(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String pattern : publicPaths) {
            if (matcher.match(pattern, path)) {
                return null;
            }
        }
        return delegate.resolve(request);
    }
}
