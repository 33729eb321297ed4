package com.xcord.auth.login;

import com.xcord.servicekit.web.ApiException;
import org.springframework.http.HttpStatus;

/** 401 with one body for an unknown login and a wrong password alike. */
class InvalidCredentialsException extends ApiException {

    InvalidCredentialsException() {
        super(HttpStatus.UNAUTHORIZED, "Invalid login or password");
    }
}
