package com.xcord.servicekit.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service's OpenAPI document says about the service, under {@code xcord.openapi}.
 *
 * @param title       e.g. "XCORD auth-service"; defaults to {@code spring.application.name}
 * @param description what the service is for, in a sentence or two (Markdown)
 * @param version     the project version ({@code @project.version@}, filtered in by Maven)
 * @param contact     who answers questions about the API
 */
@ConfigurationProperties("xcord.openapi")
public record OpenApiProperties(
        String title,
        String description,
        @DefaultValue("0.0.0") String version,
        @DefaultValue("XCORD backend team") String contact) {
}
