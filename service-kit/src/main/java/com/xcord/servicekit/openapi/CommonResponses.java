package com.xcord.servicekit.openapi;

import com.xcord.edge.PublicPaths;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The errors every operation can answer, from facts about the operation rather than
 * annotations: who may call it and whether it takes input. A status an annotation already
 * documented keeps the annotation's description.
 */
final class CommonResponses {

    private final PublicPaths publicPaths;

    CommonResponses(PublicPaths publicPaths) {
        this.publicPaths = publicPaths;
    }

    void apply(String path, PathItem.HttpMethod method, Operation operation) {
        boolean secured = !publicPaths.matches(method.name(), path);
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (!secured) {
            operation.setSecurity(List.of()); // overrides the document's bearer requirement
        }
        if (secured && method == PathItem.HttpMethod.POST) {
            // the kit's IdempotencyFilter serves every authenticated POST
            operation.addParametersItem(new Parameter().$ref(SharedParameters.ref(SharedParameters.IDEMPOTENCY_KEY)));
            add(operation, 400, "");
            add(operation, 409, "A request with the same `Idempotency-Key` is still being processed; retry.");
            add(operation, 422, "");
        }
        if (hasBody || hasParameters) {
            add(operation, 400, "");
        }
        if (secured) {
            add(operation, 401, "");
        }
        if (hasBody) {
            add(operation, 413, "");
            add(operation, 415, "");
        }
        add(operation, 429, "");
        add(operation, 503, "");
        sortByStatus(operation);
    }

    private static void add(Operation operation, int status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation.getResponses().putIfAbsent(String.valueOf(status), ProblemCatalog.response(status, description));
    }

    private static void sortByStatus(Operation operation) {
        Map<String, ApiResponse> sorted = new TreeMap<>(operation.getResponses());
        ApiResponses responses = new ApiResponses();
        responses.putAll(sorted);
        responses.setExtensions(operation.getResponses().getExtensions());
        operation.setResponses(responses);
    }
}
