package com.xcord.servicekit.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link CurrentUser} parameters from the validated JWT. */
public class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        CurrentUser user = current(SecurityContextHolder.getContext().getAuthentication());
        if (user == null) {
            throw new UnauthorizedException("A valid access token is required");
        }
        return user;
    }

    /** The caller behind an authentication, or null if it is not a valid XCORD access token. */
    public static CurrentUser current(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return null;
        }
        try {
            long id = Long.parseLong(jwt.getSubject());
            Object sid = jwt.getClaims().get("sid");
            long sessionId = sid == null ? 0 : Long.parseLong(sid.toString());
            return new CurrentUser(id, sessionId);
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
