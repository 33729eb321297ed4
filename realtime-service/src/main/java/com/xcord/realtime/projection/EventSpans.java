package com.xcord.realtime.projection;

import com.xcord.events.EventEnvelope;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;

/**
 * Names the event on the span it is routed in. With the OpenTelemetry Java agent, iterating the consumer's records
 * runs each record's routing inside the agent's Kafka processing span, a child of the producer span whose
 * {@code traceparent} header the record carries (and so of the request that published the event, service-kit's
 * outbox keeping it): routing, the projection update and every DISPATCH queued to a socket happen in that trace.
 * Without the agent no span is current and this costs a thread-local read.
 */
final class EventSpans {

    static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("xcord.event.id");
    static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("xcord.event.type");

    private EventSpans() {
    }

    static void describe(EventEnvelope<?> envelope) {
        Span span = Span.current();
        if (span.isRecording()) {
            span.setAttribute(EVENT_TYPE, envelope.type());
            span.setAttribute(EVENT_ID, envelope.id());
        }
    }
}
