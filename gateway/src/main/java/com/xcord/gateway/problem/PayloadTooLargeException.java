package com.xcord.gateway.problem;

/** A request body over the limit, noticed while it streams (no or a lying Content-Length). */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than " + limitBytes + " bytes.", null, false, false);
    }
}
