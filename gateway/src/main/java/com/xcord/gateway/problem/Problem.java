package com.xcord.gateway.problem;

import com.xcord.edge.ProblemTypes;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem as the gateway writes it: {@code type}, {@code title}, {@code status}, {@code detail}.
 * The type URIs are edge-rules' {@link ProblemTypes}, as service-kit's, so clients see one vocabulary whichever
 * hop answered.
 */
public record Problem(int status, String type, String title, String detail) {

    public static Problem of(HttpStatus status, String detail) {
        return new Problem(status.value(), ProblemTypes.forStatus(status.value()), status.getReasonPhrase(), detail);
    }

    public static Problem of(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? of(known, detail)
                : new Problem(status, ProblemTypes.HTTP_ERROR, "HTTP " + status, detail);
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
