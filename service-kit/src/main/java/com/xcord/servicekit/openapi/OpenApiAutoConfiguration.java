package com.xcord.servicekit.openapi;

import com.xcord.edge.PublicPaths;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.PageQuery;
import com.xcord.servicekit.web.ProblemErrorController;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI conventions of every servlet service (docs/conventions.md, "OpenAPI"): springdoc
 * generates the operations from the controllers; this adds what it cannot know.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {

    static {
        SpringDocUtils.getConfig()
                // resolved by the kit from the token and from limit/before/after/around, not request parameters
                .addRequestWrapperToIgnore(CurrentUser.class, PageQuery.class)
                // renders errors of every path; not an operation of the API
                .addHiddenRestControllers(ProblemErrorController.class)
                // a PATCH body read as a tree (an absent field stays, null clears): not Jackson's node API
                .replaceWithSchema(JsonNode.class, Schemas.object().additionalProperties(true)
                        .description("Only the fields to change: an absent field stays as it is, `null` clears an "
                                + "optional one. The operation lists the fields."));
    }

    @Bean
    OpenApiCustomizer xcordServiceDocument(OpenApiProperties properties, PublicPaths publicPaths,
            @Value("${spring.application.name:service}") String applicationName) {
        return new ServiceDocument(properties, applicationName,
                publicPaths, OperationExamples.load());
    }

    @Bean
    OperationCustomizer xcordOperationConventions() {
        return new OperationConventions();
    }
}
