package com.xcord.servicekit.test.openapi;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;

/**
 * Records every answered request into {@link ObservedExchanges}. Registered first in the chain
 * (before security, the body limit and Idempotency-Key) so that it sees the statuses those
 * filters answer too. A request whose exception escapes the chain is recorded on its ERROR
 * dispatch, where the container has settled the status.
 */
class StatusRecordingFilter extends HttpFilter {

    private static final String ESCAPED = StatusRecordingFilter.class.getName() + ".escaped";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(request, response);
            if (request.getAttribute(ESCAPED) != null) {
                request.removeAttribute(ESCAPED);
                Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
                record(request, uri != null ? uri.toString() : request.getRequestURI(), response.getStatus());
            }
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            request.setAttribute(ESCAPED, Boolean.TRUE);
            throw e;
        }
        record(request, request.getRequestURI(), response.getStatus());
    }

    private static void record(HttpServletRequest request, String path, int status) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        boolean handled = pattern != null && !pattern.toString().startsWith("/error");
        ObservedExchanges.record(new ObservedExchanges.Exchange(request.getMethod(), path,
                handled ? pattern.toString() : null, status));
    }
}
