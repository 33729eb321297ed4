package com.xcord.gateway.hygiene;

import org.springframework.core.Ordered;

/**
 * The order of the gateway's web filters, outermost first: the access log sees everything (and
 * renders errors so it can log their status), CORS answers preflights before authentication, the
 * inbound headers are cleaned before anything reads them, oversized bodies are refused before
 * tokens are checked.
 */
public final class FilterOrder {

    public static final int ACCESS_LOG = Ordered.HIGHEST_PRECEDENCE;
    public static final int REQUEST_ID = ACCESS_LOG + 1;
    public static final int SECURITY_HEADERS = ACCESS_LOG + 2;
    public static final int CORS = ACCESS_LOG + 3;
    public static final int INBOUND_HEADERS = ACCESS_LOG + 4;
    public static final int BODY_LIMIT = ACCESS_LOG + 5;
    public static final int AUTHENTICATION = ACCESS_LOG + 6;

    private FilterOrder() {
    }
}
