package com.xcord.servicekit.web;

import org.springframework.http.HttpStatus;

/** 404: absent, or not visible to the caller (never reveal which). */
public class NotFoundException extends ApiException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, detail);
    }
}
