package com.xcord.gateway.hygiene;

import com.xcord.gateway.auth.AuthenticatedUser;
import com.xcord.gateway.observability.HttpServerRequests;
import com.xcord.gateway.observability.ManagementRequests;
import com.xcord.gateway.problem.ProblemErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * One line per request: request id, user, route, method, path (never the query string or a header,
 * so never a token), status and latency, as logfmt in the message and as key/value pairs for
 * structured log formats. Errors are rendered here, inside the filter chain, so the line carries
 * the status the client got. A client that went away is logged as 499. The same facts feed the
 * {@code http.server.requests} timer ({@link HttpServerRequests}).
 */
@Component
class AccessLogFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger("xcord.gateway.access");

    private final ProblemErrorHandler errors;
    private final HttpServerRequests requests;

    AccessLogFilter(ProblemErrorHandler errors, HttpServerRequests requests) {
        this.errors = errors;
        this.requests = requests;
    }

    @Override
    public int getOrder() {
        return FilterOrder.ACCESS_LOG;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (ManagementRequests.isManagement(exchange)) {
            return chain.filter(exchange);
        }
        long started = System.nanoTime();
        return chain.filter(exchange)
                .onErrorResume(error -> errors.handle(exchange, error))
                .doFinally(signal -> {
                    long nanos = System.nanoTime() - started;
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    int code = signal == SignalType.CANCEL ? 499 : status == null ? 200 : status.value();
                    Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
                    requests.record(exchange.getRequest().getMethod().name(), route == null ? null : route.getId(),
                            exchange.getRequest().getPath().value(), code, nanos);
                    if (log.isInfoEnabled()) {
                        log(exchange, code, route, nanos / 1_000_000);
                    }
                });
    }

    private static void log(ServerWebExchange exchange, int code, Route route, long latencyMs) {
        AuthenticatedUser user = AuthenticatedUser.of(exchange);
        String routeId = route == null ? "-" : route.getId();
        String userId = user == null ? "-" : user.userId();
        String requestId = RequestIds.of(exchange);
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().value();
        log.atInfo()
                .addKeyValue("requestId", requestId)
                .addKeyValue("userId", userId)
                .addKeyValue("route", routeId)
                .addKeyValue("method", method)
                .addKeyValue("path", path)
                .addKeyValue("status", code)
                .addKeyValue("latencyMs", latencyMs)
                .log("request_id={} user_id={} route={} method={} path={} status={} latency_ms={}",
                        requestId, userId, routeId, method, path, code, latencyMs);
    }
}
