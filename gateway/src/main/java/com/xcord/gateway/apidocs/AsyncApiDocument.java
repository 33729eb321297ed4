package com.xcord.gateway.apidocs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

/**
 * {@code GET /asyncapi.yaml}: the AsyncAPI 3 document of the fleet's Kafka events and of the {@code /ws}
 * protocol, beside the services' OpenAPI documents. It lives in common-events (where its tests check it
 * against the event registry) and is served from there as is.
 */
@Configuration(proxyBeanMethods = false)
class AsyncApiDocument {

    static final String PATH = "/asyncapi.yaml";
    static final Resource DOCUMENT = new ClassPathResource("asyncapi/xcord.asyncapi.yaml");
    /** RFC 9512. */
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @Bean
    RouterFunction<ServerResponse> asyncApiRoute() {
        if (!DOCUMENT.exists()) {
            throw new IllegalStateException(DOCUMENT + " is missing: common-events is not on the classpath");
        }
        return RouterFunctions.route(GET(PATH), request -> ServerResponse.ok().contentType(YAML).bodyValue(DOCUMENT));
    }
}
