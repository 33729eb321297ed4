package com.xcord.edge;

/**
 * The {@code type} URIs of XCORD's RFC 9457 problems, whichever hop answers (a service or the gateway); stable,
 * so clients may switch on them.
 */
public final class ProblemTypes {

    public static final String BASE = "https://xcord.local/problems/";
    public static final String BAD_REQUEST = BASE + "bad-request";
    public static final String VALIDATION = BASE + "validation";
    public static final String MALFORMED_BODY = BASE + "malformed-body";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
    public static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
    public static final String CONFLICT = BASE + "conflict";
    public static final String PAYLOAD_TOO_LARGE = BASE + "payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    public static final String UNPROCESSABLE = BASE + "unprocessable";
    public static final String IDEMPOTENCY_KEY_REUSED = BASE + "idempotency-key-reused";
    public static final String TOO_MANY_REQUESTS = BASE + "too-many-requests";
    public static final String INTERNAL = BASE + "internal";
    public static final String BAD_GATEWAY = BASE + "bad-gateway";
    public static final String SERVICE_UNAVAILABLE = BASE + "service-unavailable";
    public static final String GATEWAY_TIMEOUT = BASE + "gateway-timeout";
    public static final String HTTP_ERROR = BASE + "http-error";

    /** The type of a problem that says no more than its status. */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 429 -> TOO_MANY_REQUESTS;
            case 500 -> INTERNAL;
            case 502 -> BAD_GATEWAY;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> GATEWAY_TIMEOUT;
            default -> HTTP_ERROR;
        };
    }

    private ProblemTypes() {
    }
}
