package com.xcord.servicekit;

import java.util.Map;

/**
 * The metric settings every servlet service shares (docs/conventions.md "Metrics"): the {@code application} tag on
 * every meter and the SLO buckets of DESIGN §9 on the HTTP timers. Buckets at the SLO boundaries only, not
 * Micrometer's ~70 percentile buckets: enough for {@code histogram_quantile} and the "over budget" ratios, at a
 * tenth of the series.
 */
final class MetricsDefaults {

    /** DESIGN §9's latency budget boundaries. */
    static final String SLO_BUCKETS = "5ms,10ms,25ms,50ms,100ms,250ms,500ms,1s,2500ms";

    static final Map<String, Object> ALL = Map.of(
            "management.metrics.tags.application", "${spring.application.name:application}",
            "management.metrics.distribution.slo.http.server.requests", SLO_BUCKETS,
            "management.metrics.distribution.slo.http.client.requests", SLO_BUCKETS);

    private MetricsDefaults() {
    }
}
