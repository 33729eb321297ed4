package com.xcord.servicekit.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Request and response examples kept as JSON next to the service's code:
 * {@code src/main/resources/openapi/examples/<operationId>.json} holds
 * {@code {"request": {...}, "responses": {"201": {...}}}}. Files beat Java string literals for
 * JSON, and the document test fails for a file whose operation or status does not exist.
 */
final class OperationExamples {

    static final String LOCATION = "classpath*:openapi/examples/*.json";

    record Example(Object request, Map<String, Object> responses) {
    }

    private final Map<String, Example> byOperationId;

    private OperationExamples(Map<String, Example> byOperationId) {
        this.byOperationId = byOperationId;
    }

    static OperationExamples load() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Example> examples = new LinkedHashMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = Objects.requireNonNull(file.getFilename());
                try (InputStream in = file.getInputStream()) {
                    examples.put(name.substring(0, name.length() - ".json".length()), json.readValue(in, Example.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
        return new OperationExamples(examples);
    }

    void apply(OpenAPI api) {
        if (byOperationId.isEmpty() || api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(item -> item.readOperations().forEach(this::apply));
    }

    private void apply(Operation operation) {
        Example example = byOperationId.get(operation.getOperationId());
        if (example == null) {
            return;
        }
        if (example.request() != null && operation.getRequestBody() != null) {
            setExample(operation.getRequestBody().getContent(), example.request());
        }
        if (example.responses() != null && operation.getResponses() != null) {
            example.responses().forEach((status, body) -> {
                ApiResponse response = operation.getResponses().get(status);
                if (response != null) {
                    setExample(response.getContent(), body);
                }
            });
        }
    }

    private static void setExample(Content content, Object value) {
        if (content != null) {
            content.values().forEach(media -> media.setExample(value));
        }
    }
}
