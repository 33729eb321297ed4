package com.xcord.servicekit.web;

import com.xcord.edge.ProblemTypes;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** 400: bad input, optionally with per-field errors ({@code errors: [{field, message}]}). */
public class BadRequestException extends ApiException {

    private final List<FieldViolation> errors;

    public BadRequestException(String detail) {
        this(detail, List.of());
    }

    public BadRequestException(String detail, List<FieldViolation> errors) {
        super(HttpStatus.BAD_REQUEST, errors.isEmpty() ? ProblemTypes.BAD_REQUEST : ProblemTypes.VALIDATION, detail);
        this.errors = List.copyOf(errors);
    }

    /** A 400 about one field. */
    public static BadRequestException field(String field, String message) {
        return new BadRequestException("Invalid " + field + ": " + message, List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return errors.isEmpty() ? Map.of() : Map.of("errors", errors);
    }
}
