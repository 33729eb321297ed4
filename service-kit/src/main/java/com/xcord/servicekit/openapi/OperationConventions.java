package com.xcord.servicekit.openapi;

import com.xcord.servicekit.web.PageQuery;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;

/**
 * What only the controller method knows: its {@link ProblemResponse}s, and the paging query
 * parameters behind a {@link PageQuery} argument (resolved by the kit, invisible to springdoc).
 */
final class OperationConventions implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (ProblemResponse problem : AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
                ProblemResponse.class)) {
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            operation.getResponses().addApiResponse(String.valueOf(problem.status().value()),
                    ProblemCatalog.response(problem.status().value(), problem.description()));
        }
        boolean paged = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.getParameterType() == PageQuery.class);
        if (paged) {
            SharedParameters.PAGING.forEach(name -> operation.addParametersItem(
                    new Parameter().$ref(SharedParameters.ref(name))));
        }
        return operation;
    }
}
