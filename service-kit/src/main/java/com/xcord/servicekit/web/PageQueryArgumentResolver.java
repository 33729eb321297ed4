package com.xcord.servicekit.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link PageQuery} parameters from {@code limit}, {@code before}, {@code after}, {@code around}. */
public class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageQuery.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return new PageQuery(limit(request.getParameter("limit")), id(request, "before"), id(request, "after"),
                id(request, "around"));
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return PageQuery.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw BadRequestException.field("limit", "must be a number between 1 and " + PageQuery.MAX_LIMIT);
        }
    }

    private static Long id(NativeWebRequest request, String name) {
        String raw = request.getParameter(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        // same rule as Ids.parse (a positive decimal long), kept here so that web does not depend on id
        if (value.length() > 19 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw BadRequestException.field(name, "must be an id");
        }
        try {
            long id = Long.parseLong(value);
            if (id <= 0) {
                throw BadRequestException.field(name, "must be an id");
            }
            return id;
        } catch (NumberFormatException e) {
            throw BadRequestException.field(name, "must be an id");
        }
    }
}
