package com.xcord.live.ingest;

import com.xcord.servicekit.web.Problem;
import com.xcord.servicekit.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Keeps the ingest callbacks and the API apart: a callback path on the API port, or any other path on the ingest
 * port, is a 404 before security or anything else sees it. So the gateway, which routes {@code /api/v1/live/**} to
 * the API port, can never reach a callback, and the ingest's port serves nothing but them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IngestPortFilter extends OncePerRequestFilter {

    private final IngestPort ingestPort;
    private final ProblemWriter problems;

    IngestPortFilter(IngestPort ingestPort, ProblemWriter problems) {
        this.ingestPort = ingestPort;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean callback = request.getRequestURI().startsWith(IngestPort.CALLBACK_PATHS);
        if (callback != ingestPort.isIngestPort(request.getLocalPort())) {
            problems.write(response, Problem.of(404, "No such resource"));
            return;
        }
        chain.doFilter(request, response);
    }
}
