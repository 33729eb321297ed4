package com.xcord.servicekit.web;

import org.springframework.http.HttpStatus;

/** 409: the request conflicts with the current state (duplicate, stale version, ...). */
public class ConflictException extends ApiException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, detail);
    }
}
