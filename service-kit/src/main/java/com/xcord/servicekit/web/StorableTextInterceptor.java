package com.xcord.servicekit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link StorableText} rule for path variables and query parameters, which can reach a query
 * as well as a body can. Decodes the query string itself rather than asking the container for
 * parameters, which would read a form body.
 */
class StorableTextInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<String> refused = new ArrayList<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text && !StorableText.isStorable(text)) {
                    refused.add(String.valueOf(name));
                }
            });
        }
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (name == null || value == null) {
                    continue; // not decodable: the container or the binder refuses it
                }
                if (!StorableText.isStorable(name) || !StorableText.isStorable(value)) {
                    refused.add(StorableText.printable(name, "query"));
                }
            }
        }
        if (!refused.isEmpty()) {
            throw StorableText.refused(refused);
        }
        return true;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
