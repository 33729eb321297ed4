package com.xcord.gateway.problem;

import com.xcord.edge.ProblemJson;
import com.xcord.edge.ProblemTypes;
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

    /** Hand-written JSON (edge-rules' {@link ProblemJson}): four fields, nothing a serializer configuration could change. */
    public byte[] toJson() {
        return ProblemJson.write(type, title, status, detail);
    }
}
