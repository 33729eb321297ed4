package com.xcord.servicekit.openapi;

import com.xcord.edge.PublicPaths;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns springdoc's generated document into the service's contract: its title, version and
 * description, the bearer token every operation needs unless it is public, the errors each
 * operation can answer (with the shared problem+json components) and the examples.
 */
final class ServiceDocument implements OpenApiCustomizer {

    static final String BEARER = "bearer";

    private final OpenApiProperties properties;
    private final String applicationName;
    private final CommonResponses commonResponses;
    private final OperationExamples examples;

    ServiceDocument(OpenApiProperties properties, String applicationName, PublicPaths publicPaths,
            OperationExamples examples) {
        this.properties = properties;
        this.applicationName = applicationName;
        this.commonResponses = new CommonResponses(publicPaths);
        this.examples = examples;
    }

    @Override
    public void customise(OpenAPI api) {
        api.setInfo(new Info()
                .title(properties.title() != null ? properties.title() : applicationName)
                .version(properties.version())
                .description(properties.description())
                .contact(new Contact().name(properties.contact())));
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("An access token from `POST /api/v1/auth/login`, `/register` or `/refresh` "
                        + "(RS256 JWT, 15 minutes), sent as `Authorization: Bearer <token>`."));
        api.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> commonResponses.apply(path, method, operation)));
        }
        examples.apply(api);
        PortablePatterns.apply(api);
        Set<String> referenced = references(api);
        ProblemCatalog.register(api.getComponents(), referenced);
        SharedParameters.register(api.getComponents(), referenced);
    }

    /** Every {@code $ref} of a response or parameter: only those components are added. */
    private static Set<String> references(OpenAPI api) {
        Set<String> refs = new HashSet<>();
        if (api.getPaths() != null) {
            api.getPaths().values().stream().flatMap(item -> item.readOperations().stream()).forEach(operation -> {
                responses(operation).map(ApiResponse::get$ref).forEach(refs::add);
                parameters(operation).map(Parameter::get$ref).forEach(refs::add);
            });
        }
        refs.remove(null);
        return refs;
    }

    private static Stream<ApiResponse> responses(Operation operation) {
        return operation.getResponses() == null ? Stream.empty() : operation.getResponses().values().stream();
    }

    private static Stream<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? Stream.empty() : operation.getParameters().stream();
    }
}
