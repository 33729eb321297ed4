package com.xcord.servicekit.logging;

import com.xcord.edge.RequestIdRule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Puts the gateway's {@code X-Request-Id} in the MDC as {@code request.id} while the request runs, so that every log
 * line the request causes (in the ECS JSON of the chart and compose, where MDC entries become fields) can be joined
 * with the gateway's access log line of the same id.
 * <p>
 * The header is believed only when edge-rules' {@link RequestIdRule} accepts it (short and plain, the gateway's rule):
 * a service can be reached inside the cluster without the gateway, and a header copied into logs must not be able to
 * forge fields or lines.
 */
class RequestIdMdcFilter extends OncePerRequestFilter {

    static final String HEADER = RequestIdRule.HEADER;
    static final String MDC_KEY = "request.id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getHeader(HEADER);
        if (!RequestIdRule.isAcceptable(id)) {
            chain.doFilter(request, response);
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, id)) {
            chain.doFilter(request, response);
        }
    }

    /** Async dispatches (SSE, deferred results) run on other threads: they need the id too. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
