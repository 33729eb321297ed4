package com.xcord.live;

import com.xcord.live.support.IntegrationTest;
import com.xcord.servicekit.test.Api;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every service serves without a token: health, its OpenAPI description, its metrics. */
class ServiceEndpointsTests extends IntegrationTest {

    @Test
    void healthIsUp() {
        Api.Response health = api.get("/actuator/health").send();

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
    }

    @Test
    void theOpenApiDescriptionListsTheLiveEndpointsButNotTheIngestCallbacks() {
        Api.Response docs = api.get("/v3/api-docs").send();

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").propertyNames()).contains("/api/v1/live/streams",
                "/api/v1/live/streams/{id}", "/api/v1/live/streams/{id}/end", "/api/v1/live/categories",
                "/api/v1/live/stream-key", "/api/v1/live/stream-key/rotate", "/api/v1/live/streams/{id}/chat",
                "/api/v1/users/{id}/live")
                .noneMatch(path -> path.contains("ingest"));
    }

    @Test
    void metricsIncludeTheIngestCounters() {
        Api.Response metrics = api.get("/actuator/prometheus").send();

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("xcord_live_ingest_publishes_total", "xcord_live_ingest_updates_total",
                "application=\"live-service\"");
    }
}
