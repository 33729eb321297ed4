package com.xcord.servicekit.web;

/** One entry of a validation problem's {@code errors} array. */
public record FieldViolation(String field, String message) {
}
