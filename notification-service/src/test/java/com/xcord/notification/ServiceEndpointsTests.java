package com.xcord.notification;

import com.xcord.notification.support.IntegrationTest;
import com.xcord.servicekit.test.Api;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every service serves without a token: health, its OpenAPI description and its metrics. */
class ServiceEndpointsTests extends IntegrationTest {

    @Test
    void healthIsUp() {
        Api.Response health = api.get("/actuator/health").send();

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
    }

    @Test
    void theOpenApiDescriptionListsTheNotificationEndpoints() {
        Api.Response docs = api.get("/v3/api-docs").send();

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").propertyNames()).contains("/api/v1/notifications",
                "/api/v1/notifications/{id}/read", "/api/v1/notifications/read-all",
                "/api/v1/notifications/unread-count", "/api/v1/notifications/settings",
                "/api/v1/notifications/unsubscribe");
    }

    @Test
    void prometheusShowsTheDomainMetrics() {
        Api.Response scrape = api.get("/actuator/prometheus").send();

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.raw()).contains("xcord_notification_notifications_total", "xcord_notification_removals_total",
                "xcord_notification_fanout_pending", "xcord_notification_fanout_rows_total",
                "xcord_notification_digests_total", "xcord_outbox_lag_seconds");
    }
}
