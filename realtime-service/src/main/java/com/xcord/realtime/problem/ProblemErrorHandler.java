package com.xcord.realtime.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

/**
 * realtime-service's own HTTP answers (an unknown path, a wrong method, a failure) are problem+json like every other
 * service's, not Spring Boot's default error JSON. Runs before Boot's handler.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted() || error instanceof AbortedException) {
            return Mono.error(error);
        }
        if (error instanceof ResponseStatusException status) {
            if (status.getStatusCode().is5xxServerError()) {
                log.warn("{} on {} {}", status.getStatusCode(), exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath(), error);
            }
            return ProblemResponses.write(exchange, status.getStatusCode(), detail(status.getStatusCode()));
        }
        log.error("unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        return ProblemResponses.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    }

    private static String detail(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "No such resource.";
            case 405 -> "The method is not allowed here.";
            case 503 -> "The service is temporarily unavailable; try again shortly.";
            default -> status.is5xxServerError() ? "The request failed on our side." : "The request cannot be processed.";
        };
    }
}
