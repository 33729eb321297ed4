package com.xcord.auth.session;

import com.xcord.servicekit.web.ApiException;
import org.springframework.http.HttpStatus;

/** 401: the refresh token is unknown, expired, rotated or its session ended (never says which). */
class InvalidRefreshTokenException extends ApiException {

    InvalidRefreshTokenException() {
        super(HttpStatus.UNAUTHORIZED, "Invalid or expired refresh token");
    }
}
