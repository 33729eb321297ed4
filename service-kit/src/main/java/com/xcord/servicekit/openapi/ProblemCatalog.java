package com.xcord.servicekit.openapi;

import com.xcord.servicekit.web.FieldViolation;
import com.xcord.servicekit.web.Problem;
import com.xcord.edge.ProblemTypes;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The error responses of the API as shared components: the RFC 9457 {@code Problem} schema
 * (with {@code errors: [{field, message}]} for validation), one response per status with an
 * example whose {@code type} comes from {@link ProblemTypes}, and the headers that go with them.
 */
final class ProblemCatalog {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String FIELD_VIOLATION_SCHEMA = "FieldViolation";
    static final String RETRY_AFTER = "Retry-After";
    static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private record Entry(String component, String description, String exampleDetail, List<String> headers) {
    }

    private static final Map<Integer, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        ENTRIES.put(400, new Entry("BadRequest",
                "The request is malformed or a parameter or field is invalid; `errors` lists every bad field.",
                "Request validation failed", List.of()));
        ENTRIES.put(401, new Entry("Unauthorized",
                "No access token, or an invalid, expired or revoked one.", "Authentication required",
                List.of(WWW_AUTHENTICATE)));
        ENTRIES.put(403, new Entry("Forbidden",
                "The caller can see the resource but lacks the permission for this.", "Missing permission",
                List.of()));
        ENTRIES.put(404, new Entry("NotFound",
                "The resource does not exist or is not visible to the caller (existence is never revealed).",
                "Not found", List.of()));
        ENTRIES.put(409, new Entry("Conflict",
                "The request conflicts with the current state of the resource.",
                "The request conflicts with existing data", List.of()));
        ENTRIES.put(413, new Entry("PayloadTooLarge",
                "The request body is larger than 1 MiB.", "The request body is too large", List.of()));
        ENTRIES.put(415, new Entry("UnsupportedMediaType",
                "The request body is not `application/json`.", "Unsupported content type", List.of()));
        ENTRIES.put(422, new Entry("Unprocessable",
                "The request is well-formed but cannot be carried out, e.g. an `Idempotency-Key` reused with a "
                        + "different request.",
                "This Idempotency-Key was used with a different request", List.of()));
        ENTRIES.put(429, new Entry("TooManyRequests",
                "Rate limited (by the gateway or the service); retry after `Retry-After` seconds.",
                "Too many requests; retry later", List.of(RETRY_AFTER)));
        ENTRIES.put(503, new Entry("ServiceUnavailable",
                "A dependency is down; retry after `Retry-After` seconds.",
                "A dependency is unavailable; retry shortly", List.of(RETRY_AFTER)));
    }

    private static final String RESPONSES = "#/components/responses/";

    /** {@code #/components/responses/<name>} for this status. */
    static String ref(int status) {
        return RESPONSES + entry(status).component();
    }

    /** A reference to the shared response, or an inline copy with an operation-specific description. */
    static ApiResponse response(int status, String description) {
        if (description == null || description.isBlank()) {
            return new ApiResponse().$ref(ref(status));
        }
        return define(status).description(description);
    }

    /** Adds the schemas, headers and every response that {@code referenced} names. */
    static void register(Components components, Set<String> referenced) {
        components.addSchemas(FIELD_VIOLATION_SCHEMA, fieldViolationSchema());
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        Set<String> headers = new HashSet<>();
        for (int status = 400; status < 600; status++) {
            if (referenced.contains(ref(status))) {
                Entry entry = entry(status);
                components.addResponses(entry.component(), define(status));
                headers.addAll(entry.headers());
            }
        }
        boolean retryAfter = headers.contains(RETRY_AFTER);
        boolean wwwAuthenticate = headers.contains(WWW_AUTHENTICATE);
        if (retryAfter) {
            components.addHeaders(RETRY_AFTER, new Header()
                    .description("Seconds to wait before retrying.")
                    .schema(Schemas.integer(0)));
        }
        if (wwwAuthenticate) {
            components.addHeaders(WWW_AUTHENTICATE, new Header()
                    .description("`Bearer`: send an access token in `Authorization: Bearer <token>`.")
                    .schema(Schemas.string()));
        }
    }

    /** The catalogue's entry, or a plain one named after the reason phrase ({@code 410} → {@code Gone}). */
    private static Entry entry(int status) {
        Entry entry = ENTRIES.get(status);
        if (entry != null) {
            return entry;
        }
        String reason = Problem.titleOf(status);
        return new Entry(reason.replaceAll("[^A-Za-z]", ""), reason + ".", reason, List.of());
    }

    private static ApiResponse define(int status) {
        Entry entry = entry(status);
        ApiResponse response = new ApiResponse()
                .description(entry.description())
                .content(new Content().addMediaType(Problem.MEDIA_TYPE.toString(), new MediaType()
                        .schema(Schemas.ref(PROBLEM_SCHEMA))
                        .example(example(status, entry.exampleDetail()))));
        entry.headers().forEach(name -> response.addHeaderObject(name,
                new Header().$ref("#/components/headers/" + name)));
        return response;
    }

    private static Map<String, Object> example(int status, String detail) {
        Problem problem = switch (status) {
            case 400 -> Problem.validation(detail, List.of(new FieldViolation("content", "must not be blank")));
            case 422 -> Problem.of(status, ProblemTypes.IDEMPOTENCY_KEY_REUSED, detail);
            default -> Problem.of(status, detail);
        };
        return problem.toBody();
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", Schemas.string().format("uri")
                .description("Identifies the kind of problem (`" + ProblemTypes.BASE + "<slug>`); "
                        + "stable, clients may switch on it."));
        properties.put("title", Schemas.string().description("The status's reason phrase."));
        properties.put("status", Schemas.integer(400).maximum(java.math.BigDecimal.valueOf(599))
                .description("The HTTP status, repeated."));
        properties.put("detail", Schemas.string().description("What went wrong with this request, in plain words."));
        properties.put("instance", Schemas.string().format("uri-reference")
                .description("The request this problem occurred on, when known."));
        properties.put("errors", Schemas.array(Schemas.ref(FIELD_VIOLATION_SCHEMA))
                .description("Validation problems only: every invalid field with its message."));
        return Schemas.object()
                .description("An RFC 9457 problem detail (`application/problem+json`).")
                .properties(properties)
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldViolationSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", Schemas.string().description("The field or parameter name, e.g. `content`."));
        properties.put("message", Schemas.string().description("What is wrong with it, e.g. `must not be blank`."));
        return Schemas.object()
                .description("One invalid field of a request.")
                .properties(properties)
                .required(List.of("field", "message"));
    }

    private ProblemCatalog() {
    }
}
