package com.xcord.realtime.ws;

import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.problem.ProblemResponses;
import com.xcord.realtime.session.SessionRegistry;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.reactive.socket.server.support.WebSocketHandlerAdapter;
import org.springframework.web.reactive.socket.server.upgrade.ReactorNettyRequestUpgradeStrategy;
import org.springframework.web.server.WebFilter;
import reactor.netty.http.server.WebsocketServerSpec;

/** {@code /ws}: token verification, frame limit, write timeout, Origin allowlist, socket metrics. */
@Configuration(proxyBeanMethods = false)
class WebSocketConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    HandlerMapping webSocketMapping(GatewayHandler handler) {
        return new SimpleUrlHandlerMapping(Map.of("/ws", handler), Ordered.HIGHEST_PRECEDENCE);
    }

    /**
     * A write the client does not take within {@code writeTimeout} closes the connection: a client that stopped
     * reading is first closed with 4010 when its queue overflows, and this makes sure its TCP connection (and
     * the bytes Netty still holds for it) goes away even though it will never read the close frame.
     */
    @Bean
    org.springframework.boot.reactor.netty.NettyServerCustomizer writeTimeout(RealtimeProperties properties) {
        int seconds = (int) Math.max(1, properties.writeTimeout().toSeconds());
        return server -> server.doOnConnection(connection ->
                connection.addHandlerLast("xcord-write-timeout", new io.netty.handler.timeout.WriteTimeoutHandler(seconds)));
    }

    /** Netty refuses bigger frames (and aggregated messages) with close code 1009. */
    @Bean
    WebSocketHandlerAdapter webSocketHandlerAdapter(RealtimeProperties properties) {
        ReactorNettyRequestUpgradeStrategy strategy = new ReactorNettyRequestUpgradeStrategy(
                () -> WebsocketServerSpec.builder().maxFramePayloadLength(properties.maxFrameBytes()).handlePing(false));
        return new WebSocketHandlerAdapter(new HandshakeWebSocketService(strategy));
    }

    /** Refuses (403) upgrades from browser pages whose Origin {@link OriginPolicy} does not allow. */
    @Bean
    WebFilter originFilter(RealtimeProperties properties) {
        OriginPolicy policy = new OriginPolicy(properties.allowedOrigins());
        return (exchange, chain) -> {
            if (exchange.getRequest().getPath().value().equals("/ws")) {
                var headers = exchange.getRequest().getHeaders();
                if (!policy.allows(headers.getOrigin(), headers.getHost())) {
                    return ProblemResponses.write(exchange, HttpStatus.FORBIDDEN, "This Origin may not open a socket.");
                }
            }
            return chain.filter(exchange);
        };
    }

    /**
     * {@code xcord.realtime.sockets} (open WebSockets) and {@code xcord.realtime.sessions.resumable} (protocol sessions
     * held here, attached or waiting for a RESUME). The counters are {@link com.xcord.realtime.session.RealtimeMeters}.
     */
    @Bean
    io.micrometer.core.instrument.binder.MeterBinder realtimeGauges(SessionRegistry registry) {
        return meters -> {
            io.micrometer.core.instrument.Gauge.builder("xcord.realtime.sockets", registry, SessionRegistry::connectionCount)
                    .description("open WebSockets on this replica")
                    .register(meters);
            io.micrometer.core.instrument.Gauge.builder("xcord.realtime.sessions.resumable", registry,
                            SessionRegistry::sessionCount)
                    .description("protocol sessions on this replica, attached or resumable")
                    .register(meters);
        };
    }
}
