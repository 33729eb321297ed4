package com.xcord.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.media.support.IntegrationTest;
import com.xcord.media.support.TestImages;
import com.xcord.servicekit.test.Api;
import com.xcord.testkit.PrometheusScrape;
import org.junit.jupiter.api.Test;

/** What every service serves without a token: health, its OpenAPI description, its metrics. */
class ServiceEndpointsTests extends IntegrationTest {

    @Test
    void healthIsUp() {
        Api.Response health = api.get("/actuator/health").send();

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
    }

    @Test
    void theOpenApiDescriptionListsTheMediaEndpoints() {
        Api.Response docs = api.get("/v3/api-docs").send();

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").propertyNames()).contains("/api/v1/media/upload", "/api/v1/media/uploads",
                "/api/v1/media/{id}", "/api/v1/media/{id}/complete", "/api/v1/media/{id}/content");
    }

    @Test
    void metricsCountUploadsWithoutUnboundedLabels() {
        for (int i = 0; i < 3; i++) {
            uploads.upload(newUser(), TestImages.png(40, 30), "m.png", "image/png").expect(201);
        }

        PrometheusScrape scrape = PrometheusScrape.of("http://localhost:" + port + "/actuator/prometheus");

        assertThat(scrape.sum("xcord_media_uploads_total", "kind", "image", "status", "ready").orElse(0)).isGreaterThanOrEqualTo(3);
        assertThat(scrape.has("xcord_media_ingest_seconds_count")).isTrue();
        assertThat(scrape.find("xcord_media_uploads_total")).allSatisfy(s -> assertThat(s.labels()).containsEntry("application", "media-service"));
        assertThat(scrape.unboundedLabels("node_id")).isEmpty();
    }
}
