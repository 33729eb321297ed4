package com.xcord.search;

import com.xcord.search.support.IntegrationTest;
import com.xcord.servicekit.test.Api;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every service serves without a token: health and its OpenAPI description. */
class ServiceEndpointsTests extends IntegrationTest {

    @Test
    void healthIsUp() {
        Api.Response health = api.get("/actuator/health").send();

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
    }

    @Test
    void theOpenApiDescriptionListsTheSearchEndpoints() {
        Api.Response docs = api.get("/v3/api-docs").send();

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").propertyNames()).contains("/api/v1/search", "/api/v1/search/entities",
                "/api/v1/search/dm");
    }
}
