package com.xcord.e2e.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.e2e.observability.SpanLog.Kind;
import com.xcord.e2e.observability.SpanLog.Span;
import com.xcord.e2e.support.Client;
import com.xcord.e2e.support.Client.User;
import com.xcord.e2e.support.EventTopicsOnFailure;
import com.xcord.e2e.support.Fleet;
import com.xcord.e2e.support.Sockets;
import com.xcord.e2e.support.TracedServices;
import com.xcord.realtime.support.WsClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14's trace propagation proof, with the real OpenTelemetry Java agent attached to the gateway, server-service
 * and realtime replica 1 ({@link TracedServices}): one channel message POSTed through the gateway is one trace — the
 * gateway's server span, server-service's server span under the gateway's call, the Kafka producer span under that
 * request (the outbox carried the context across the commit and the relay thread), realtime's Kafka processing span
 * under the producer span (the {@code traceparent} record header), and the DISPATCH written to the recipient's socket
 * logged in that processing span, with {@code trace.id}/{@code span.id} as ECS fields of the log line.
 */
@ExtendWith(EventTopicsOnFailure.class)
class TracesEndToEndTests {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Fleet fleet = Fleet.shared();
    private final Client api = new Client(fleet);
    @RegisterExtension
    final Sockets sockets = new Sockets(fleet);

    @Test
    void aChannelMessageIsOneTraceFromThePostThroughKafkaToTheSocket() {
        User author = api.register("traces_author");
        User reader = api.register("traces_reader");
        String server = api.createServer(author, "traces");
        String channel = api.firstChannel(author, server);
        api.join(author, server, reader);
        WsClient socket = sockets.identified(reader); // through the gateway: realtime replica 1
        String content = Client.unique("traced");
        api.sendChannelMessage(author, server, channel, content);
        socket.awaitDispatch("MESSAGE_CREATE", d -> content.equals(d.path("content").asString()));
        String path = "/api/v1/servers/" + server + "/channels/" + channel + "/messages";

        // the gateway's server span for this POST (the path is this test's own) names the trace
        Span gatewayPost = await("the gateway's span of the POST").atMost(WAIT).until(
                () -> SpanLog.read("gateway").first(s -> s.kind() == Kind.SERVER && path.equals(s.attribute("url.path"))
                        && "POST".equals(s.attribute("http.request.method"))), java.util.Optional::isPresent).get();
        String trace = gatewayPost.traceId();

        AtomicReference<List<Span>> gatewaySpans = new AtomicReference<>();
        AtomicReference<Span> servicePost = new AtomicReference<>();
        AtomicReference<Span> producer = new AtomicReference<>();
        AtomicReference<Span> processing = new AtomicReference<>();
        await("server-service's request and Kafka producer spans in trace " + trace).atMost(WAIT).untilAsserted(() -> {
            SpanLog serverService = SpanLog.read("server-service");
            List<Span> spans = serverService.trace(trace);
            assertThat(spans).as("server-service's spans of the trace").extracting(Span::kind)
                    .contains(Kind.SERVER, Kind.PRODUCER);
            servicePost.set(spans.stream().filter(s -> s.kind() == Kind.SERVER).findFirst().orElseThrow());
            producer.set(spans.stream().filter(s -> s.kind() == Kind.PRODUCER && s.name().startsWith("xcord.server.events"))
                    .findFirst().orElseThrow());
            assertThat(serverService.descendsFrom(producer.get(), servicePost.get().spanId()))
                    .as("the producer span %s lies under the request %s", producer.get(), servicePost.get()).isTrue();
        });
        gatewaySpans.set(SpanLog.read("gateway").trace(trace));
        Span gatewayCall = gatewaySpans.get().stream().filter(s -> s.spanId().equals(servicePost.get().parentSpanId()))
                .findFirst().orElseThrow(() -> new AssertionError("server-service's span " + servicePost.get()
                        + " is not under any gateway span of the trace: " + gatewaySpans.get()));
        assertThat(gatewayCall.kind()).isEqualTo(Kind.CLIENT);
        assertThat(SpanLog.read("gateway").descendsFrom(gatewayCall, gatewayPost.spanId())).isTrue();

        await("realtime's processing span in trace " + trace).atMost(WAIT).untilAsserted(() -> {
            Span consumed = SpanLog.read(TracedServices.REALTIME).trace(trace).stream()
                    .filter(s -> s.kind() == Kind.CONSUMER && "message.created".equals(s.attribute("xcord.event.type")))
                    .findFirst().orElseThrow(() -> new AssertionError("no processing span yet"));
            processing.set(consumed);
        });
        assertThat(processing.get().parentSpanId()).as("the processing span's parent: the producer span, by the record's "
                + "traceparent header").isEqualTo(producer.get().spanId());

        // the DISPATCH line is logged inside the processing span, and ECS carries the agent's ids as trace.id / span.id
        JsonNode dispatch = await("the DISPATCH line in realtime's log").atMost(WAIT).until(
                () -> SpanLog.read(TracedServices.REALTIME).ecsLines(line -> trace.equals(traceId(line))
                        && line.path("message").asString().startsWith("DISPATCH MESSAGE_CREATE ")),
                lines -> !lines.isEmpty()).get(0);
        assertThat(spanId(dispatch)).isEqualTo(processing.get().spanId());

        System.out.printf("one trace %s:%n  %s%n  %s%n  %s%n  %s%n  %s%n  log: %s%n", trace, gatewayPost, gatewayCall,
                servicePost.get(), producer.get(), processing.get(), dispatch);
    }

    /** ECS nests dotted MDC keys ({@code trace.id} → {@code "trace":{"id":…}}); a flat key is accepted too. */
    private static String traceId(JsonNode line) {
        return line.path("trace").path("id").asString(line.path("trace.id").asString(""));
    }

    private static String spanId(JsonNode line) {
        return line.path("span").path("id").asString(line.path("span.id").asString(""));
    }
}
