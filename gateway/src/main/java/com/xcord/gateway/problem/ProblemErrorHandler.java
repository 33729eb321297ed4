package com.xcord.gateway.problem;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

/**
 * Every failure becomes an RFC 9457 problem: a downstream that cannot be reached is 503, one that
 * does not answer in time 504, an open circuit 503, unknown paths 404; anything unexpected 500
 * without internals. Runs before Spring Boot's own handler.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted() || error instanceof AbortedException) {
            // the answer is already on its way (or the client left): nothing more can be said
            return Mono.error(error);
        }
        return ProblemResponses.write(exchange, toProblem(exchange, error));
    }

    static Problem toProblem(ServerWebExchange exchange, Throwable error) {
        if (error instanceof PayloadTooLargeException tooLarge) {
            return Problem.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
        }
        if (error instanceof CallNotPermittedException || error instanceof ServiceUnavailableException) {
            return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "The service is temporarily unavailable; try again shortly.");
        }
        if (isUnreachable(error)) {
            return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "The service is not reachable right now; try again shortly.");
        }
        if (error instanceof TimeoutException) {
            return Problem.of(HttpStatus.GATEWAY_TIMEOUT, "The service did not answer in time.");
        }
        if (error instanceof HttpStatusCodeException statusCode) {
            // a circuit breaker counted this downstream status as a failure
            return statusProblem(statusCode.getStatusCode());
        }
        if (error instanceof ResponseStatusException status) {
            if (status.getCause() != null && isUnreachable(status.getCause())) {
                return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "The service is not reachable right now; try again shortly.");
            }
            return statusProblem(status.getStatusCode());
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(error.getClass(), ResponseStatus.class);
        if (annotated != null) {
            return statusProblem(annotated.code());
        }
        log.error("unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    }

    private static Problem statusProblem(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> Problem.of(HttpStatus.NOT_FOUND, "No such resource.");
            case 405 -> Problem.of(HttpStatus.METHOD_NOT_ALLOWED, "The method is not allowed here.");
            case 503 -> Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "The service is temporarily unavailable; try again shortly.");
            case 504 -> Problem.of(HttpStatus.GATEWAY_TIMEOUT, "The service did not answer in time.");
            case 502 -> Problem.of(HttpStatus.BAD_GATEWAY, "The service gave an invalid answer.");
            default -> status.is5xxServerError()
                    ? Problem.of(status.value(), "The request failed on our side.")
                    : Problem.of(status.value(), "The request cannot be processed.");
        };
    }

    private static boolean isUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof ConnectTimeoutException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
