package com.xcord.live.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What operators watch of the ingest: {@code xcord_live_ingest_publishes_total{outcome}} (live, refused, conflict)
 * and {@code xcord_live_ingest_updates_total{outcome}} (ok, gone, key_rotated, other_client). The callbacks' latency
 * is {@code http_server_requests_seconds{uri="/api/v1/live/ingest/on-publish"}}.
 */
@Component
class IngestMeters {

    private final MeterRegistry registry;

    IngestMeters(MeterRegistry registry) {
        this.registry = registry;
        for (String outcome : new String[] {"live", "refused", "conflict"}) {
            counter("xcord.live.ingest.publishes", outcome);
        }
        for (String outcome : new String[] {"ok", "gone", "key_rotated", "other_client"}) {
            counter("xcord.live.ingest.updates", outcome);
        }
    }

    <T> T publish(String outcome, T answer) {
        counter("xcord.live.ingest.publishes", outcome).increment();
        return answer;
    }

    <T> T update(String outcome, T answer) {
        counter("xcord.live.ingest.updates", outcome).increment();
        return answer;
    }

    private Counter counter(String name, String outcome) {
        return Counter.builder(name).tag("outcome", outcome).register(registry);
    }
}
