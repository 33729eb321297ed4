package com.xcord.servicekit.web;

import org.springframework.http.HttpStatus;

/** 403: the caller may see the resource but not do this to it. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, detail);
    }
}
