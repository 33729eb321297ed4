package com.xcord.servicekit.web;

import com.xcord.edge.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem body. Serialized as a plain map so that every writer (MVC, servlet
 * filters, the error controller) produces the same JSON regardless of Jackson mix-ins.
 */
public record Problem(int status, String type, String title, String detail, String instance,
        Map<String, Object> properties) {

    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    public static Problem of(int status, String detail) {
        return new Problem(status, ProblemTypes.forStatus(status), titleOf(status), detail, null, Map.of());
    }

    public static Problem of(int status, String type, String detail) {
        return new Problem(status, type, titleOf(status), detail, null, Map.of());
    }

    public static Problem validation(String detail, List<FieldViolation> errors) {
        return new Problem(400, ProblemTypes.VALIDATION, titleOf(400), detail, null, Map.of("errors", errors));
    }

    public Problem withInstance(String instance) {
        return new Problem(status, type, title, detail, instance, properties);
    }

    public Problem withProperties(Map<String, Object> extra) {
        Map<String, Object> merged = new LinkedHashMap<>(properties);
        merged.putAll(extra);
        return new Problem(status, type, title, detail, instance, merged);
    }

    public Map<String, Object> toBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        properties.forEach(body::putIfAbsent);
        return body;
    }

    public ResponseEntity<Object> toResponseEntity(HttpHeaders headers) {
        HttpHeaders all = new HttpHeaders();
        if (headers != null) {
            all.putAll(headers);
        }
        all.setContentType(MEDIA_TYPE);
        return ResponseEntity.status(status).headers(all).body(toBody());
    }

    public static String titleOf(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    static String titleOf(HttpStatusCode status) {
        return titleOf(status.value());
    }
}
