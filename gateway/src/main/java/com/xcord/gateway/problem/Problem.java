package com.xcord.gateway.problem;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem as the gateway writes it: {@code type}, {@code title}, {@code status}, {@code detail}.
 * The type URIs are the ones service-kit uses, so clients see one vocabulary whichever hop answered.
 */
public record Problem(int status, String type, String title, String detail) {

    public static final String TYPE_BASE = "https://xcord.local/problems/";

    public static Problem of(HttpStatus status, String detail) {
        return new Problem(status.value(), TYPE_BASE + slug(status), status.getReasonPhrase(), detail);
    }

    public static Problem of(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? of(known, detail)
                : new Problem(status, TYPE_BASE + "http-error", "HTTP " + status, detail);
    }

    /** Hand-written JSON: four fields, no reflection, nothing a serializer configuration could change. */
    public byte[] toJson() {
        StringBuilder json = new StringBuilder(160);
        json.append("{\"type\":");
        quote(json, type);
        json.append(",\"title\":");
        quote(json, title);
        json.append(",\"status\":").append(status);
        if (detail != null) {
            json.append(",\"detail\":");
            quote(json, detail);
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String slug(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case CONTENT_TOO_LARGE -> "payload-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            case INTERNAL_SERVER_ERROR -> "internal";
            case BAD_GATEWAY -> "bad-gateway";
            case SERVICE_UNAVAILABLE -> "service-unavailable";
            case GATEWAY_TIMEOUT -> "gateway-timeout";
            default -> "http-error";
        };
    }

    private static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
