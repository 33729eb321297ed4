package com.xcord.servicekit.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * Carries the trace of the request that published an event across the outbox (DESIGN §7b: one trace from the
 * gateway to the socket). The span current when the row is written — the request's server span, made by the
 * OpenTelemetry Java agent — is stored with it as a W3C {@code traceparent}; the relay makes it current again
 * around {@code producer.send}, so the agent's Kafka producer span is that request's child and the
 * {@code traceparent} header it writes continues the trace on the consumer side. Without the agent the API is a
 * no-op: no span is ever valid, nothing is stored, and the relay opens no scope.
 */
final class OutboxTraceContext {

    private static final String VERSION = "00";
    private static final int LENGTH = 55; // 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>

    private OutboxTraceContext() {
    }

    /** The current span as a W3C {@code traceparent}, or null when no valid span is current (no agent, no request). */
    static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return VERSION + '-' + span.getTraceId() + '-' + span.getSpanId() + '-' + span.getTraceFlags().asHex();
    }

    /**
     * Makes the stored {@code traceparent} the current context (a remote parent) until the scope closes; a null or
     * malformed value opens no scope (the send is traced as before: a root span, with the agent).
     */
    static Scope restore(String traceParent) {
        SpanContext parent = parse(traceParent);
        if (parent == null) {
            return Scope.noop();
        }
        return Context.root().with(Span.wrap(parent)).makeCurrent();
    }

    static SpanContext parse(String traceParent) {
        if (traceParent == null || traceParent.length() != LENGTH || !traceParent.startsWith(VERSION + '-')
                || traceParent.charAt(35) != '-' || traceParent.charAt(52) != '-') {
            return null;
        }
        String flags = traceParent.substring(53);
        if (!isHex(flags)) {
            return null;
        }
        SpanContext context = SpanContext.createFromRemoteParent(traceParent.substring(3, 35),
                traceParent.substring(36, 52), TraceFlags.fromHex(flags, 0), TraceState.getDefault());
        return context.isValid() ? context : null;
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }
}
