package com.xcord.servicekit.web;

import org.springframework.http.HttpStatus;

/** 422: well-formed but semantically refused. */
public class UnprocessableException extends ApiException {

    public UnprocessableException(String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, detail);
    }

    public UnprocessableException(String type, String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, type, detail);
    }
}
