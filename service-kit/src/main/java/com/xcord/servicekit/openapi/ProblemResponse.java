package com.xcord.servicekit.openapi;

import org.springframework.http.HttpStatus;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error a controller method answers beyond the ones every operation gets from the kit
 * (401 when secured, 400 with parameters or a body, 413/415 with a body, 422 with
 * Idempotency-Key, 429, 503), documented with the shared problem+json schema:
 * <pre>{@code
 * @ProblemResponse(status = NOT_FOUND, description = "The conversation does not exist or the caller is not in it")
 * @ProblemResponse(status = CONFLICT)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ProblemResponses.class)
public @interface ProblemResponse {

    HttpStatus status();

    /** When this operation answers it; empty for the shared description of the status. */
    String description() default "";
}
