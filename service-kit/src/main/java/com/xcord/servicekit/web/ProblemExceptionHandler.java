package com.xcord.servicekit.web;

import com.xcord.edge.ProblemTypes;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Maps every failure a controller can produce to an RFC 9457 problem. Lowest precedence so
 * that a service's own advice wins. Bodies never carry stack traces, SQL or class names.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApi(ApiException ex) {
        return Problem.of(ex.status().value(), ex.type(), ex.getMessage())
                .withProperties(ex.properties())
                .toResponseEntity(ex.headers());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
        List<FieldViolation> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldViolation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return Problem.validation("Request validation failed", errors).toResponseEntity(null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException ex) {
        String state = sqlState(ex);
        if (state != null && (state.equals("23505") || state.equals("23P01") || state.equals("23503"))) {
            log.debug("integrity violation mapped to 409 (SQLState {})", state);
            return Problem.of(409, "The request conflicts with existing data").toResponseEntity(null);
        }
        return internalError(ex);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ResponseEntity<Object> handleConcurrentEdit(RuntimeException ex) {
        return Problem.of(409, "The resource was changed concurrently; retry").toResponseEntity(null);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<Object> handleDependencyDown(RuntimeException ex) {
        log.warn("dependency unavailable: {}", ex.toString());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        return Problem.of(503, "A dependency is unavailable; retry shortly").toResponseEntity(headers);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex) {
        return Problem.of(403, "Not allowed").toResponseEntity(null);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleAuthentication(AuthenticationException ex) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return Problem.of(401, "Authentication required").toResponseEntity(headers);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex) {
        if (causedBy(ex, PayloadTooLargeException.class)) {
            return payloadTooLarge();
        }
        return internalError(ex);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problem.validation("Request validation failed", violations(ex.getBindingResult()))
                .toResponseEntity(null);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> {
                String field = error instanceof FieldError fe ? fe.getField() : name;
                errors.add(new FieldViolation(field, error.getDefaultMessage()));
            });
        });
        return Problem.validation("Request validation failed", errors).toResponseEntity(null);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String field = name != null ? name : "value";
        return Problem.validation("Invalid value for '" + field + "'",
                List.of(new FieldViolation(field, "has an invalid format"))).toResponseEntity(null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, PayloadTooLargeException.class)) {
            return payloadTooLarge();
        }
        MismatchedInputException mismatch = find(ex, MismatchedInputException.class);
        if (mismatch != null && !mismatch.getPath().isEmpty()) {
            String field = JsonPaths.of(mismatch.getPath());
            String message = expectation(mismatch);
            return Problem.validation("Invalid " + field + ": " + message, List.of(new FieldViolation(field, message)))
                    .toResponseEntity(null);
        }
        return Problem.of(400, ProblemTypes.MALFORMED_BODY, "The request body is missing or is not valid JSON")
                .toResponseEntity(null);
    }

    /** What a field takes, said as a client would put it (no Java type names). */
    private static String expectation(MismatchedInputException mismatch) {
        if (mismatch instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        Class<?> type = mismatch.getTargetType();
        if (type == null) {
            return "has an invalid value";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "must be an integer";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Every other Spring MVC exception arrives here with a ProblemDetail body. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        int code = status.value();
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null && code < 500
                ? pd.getDetail() : defaultDetail(code);
        HttpHeaders copy = new HttpHeaders();
        if (headers != null) {
            copy.putAll(headers);
        }
        return Problem.of(code, detail).toResponseEntity(copy);
    }

    private ResponseEntity<Object> payloadTooLarge() {
        return Problem.of(413, "The request body is too large").toResponseEntity(null);
    }

    private ResponseEntity<Object> internalError(Exception ex) {
        log.error("unexpected error while handling a request", ex);
        return Problem.of(500, "An unexpected error occurred").toResponseEntity(null);
    }

    static String defaultDetail(int status) {
        return switch (status) {
            case 404 -> "No such resource";
            case 405 -> "Method not allowed for this resource";
            case 415 -> "Unsupported content type";
            case 503 -> "Service temporarily unavailable";
            default -> status >= 500 ? "An unexpected error occurred" : Problem.titleOf(status);
        };
    }

    static List<FieldViolation> violations(BindingResult result) {
        List<FieldViolation> errors = new ArrayList<>();
        for (ObjectError error : result.getAllErrors()) {
            String field = error instanceof FieldError fe ? fe.getField() : error.getObjectName();
            errors.add(new FieldViolation(field, error.getDefaultMessage()));
        }
        return errors;
    }

    static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String sqlState(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 ? path.substring(dot + 1) : path;
    }
}
