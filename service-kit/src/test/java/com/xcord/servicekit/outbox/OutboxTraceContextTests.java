package com.xcord.servicekit.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox keeps the trace of the request that published (DESIGN §7b): the span current at {@code publish} is
 * stored as a W3C {@code traceparent} and made current again around the relay's send (see {@link OutboxTracingTests}).
 * No agent runs here, so spans are made with the bare API ({@link Span#wrap}), which is all the kit itself touches.
 */
class OutboxTraceContextTests {

    static final SpanContext REQUEST_SPAN = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
            TraceFlags.getSampled(), TraceState.getDefault());


    @Test
    void theCurrentSpanIsWrittenAsAW3cTraceparent() {
        try (Scope request = Span.wrap(REQUEST_SPAN).makeCurrent()) {
            assertThat(OutboxTraceContext.current()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        }
    }

    @Test
    void withoutASpanNothingIsWritten() {
        assertThat(OutboxTraceContext.current()).isNull();
    }

    @Test
    void aStoredTraceparentBecomesTheRemoteParentOfWhatRunsInsideTheScope() {
        try (Scope restored = OutboxTraceContext.restore("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")) {
            SpanContext current = Span.current().getSpanContext();
            assertThat(current.getTraceId()).isEqualTo(REQUEST_SPAN.getTraceId());
            assertThat(current.getSpanId()).isEqualTo(REQUEST_SPAN.getSpanId());
            assertThat(current.isSampled()).isTrue();
            assertThat(current.isRemote()).isTrue();
        }
        assertThat(Span.current().getSpanContext().isValid()).isFalse();
    }

    @Test
    void nothingOrSomethingMalformedRestoresNoContext() {
        for (String stored : new String[] {null, "", "garbage",
                "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // unknown version
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // invalid trace id
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-zz",
                "00-4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7-01"}) {
            try (Scope restored = OutboxTraceContext.restore(stored)) {
                assertThat(restored).as(stored).isSameAs(Scope.noop());
                assertThat(Span.current().getSpanContext().isValid()).as(stored).isFalse();
            }
        }
    }
}
