package com.xcord.servicekit.web;

import com.xcord.edge.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.util.Map;

/**
 * A failure that domain code throws on purpose; rendered as an RFC 9457 problem with the
 * exception's status, type and message as {@code detail}. Use a subclass where one fits.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;

    public ApiException(HttpStatus status, String detail) {
        this(status, ProblemTypes.forStatus(status.value()), detail);
    }

    public ApiException(HttpStatus status, String type, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
    }

    public HttpStatus status() {
        return status;
    }

    /** The problem {@code type} URI. */
    public String type() {
        return type;
    }

    /** Extra members of the problem body (e.g. {@code errors}). */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Extra response headers (e.g. {@code Retry-After}). */
    public HttpHeaders headers() {
        return HttpHeaders.EMPTY;
    }
}
