package com.xcord.servicekit.web;

import java.io.IOException;

/** Thrown by the request body stream once more than the limit has been read. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}
