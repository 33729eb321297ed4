package com.xcord.gateway.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Behind an ingress, every connection comes from the ingress: the client is the address it put in
 * X-Forwarded-For — only when the peer is a trusted proxy, and only the entries trusted hops added.
 */
class TrustedProxyTests {

    @Test
    void behindATrustedIngressTheClientIsTheAddressItForwarded() {
        assertThat(clientOf(properties("10.0.0.0/8"), "10.2.3.4", "1.2.3.4, 198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItClaims() {
        assertThat(clientOf(properties("10.0.0.0/8"), "203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
    }

    @Test
    void withNoTrustedProxyTheGatewayIsTheEdge() {
        assertThat(clientOf(properties(), "10.2.3.4", "198.51.100.7")).isEqualTo("10.2.3.4");
    }

    private static String clientOf(HygieneProperties properties, String peer, String forwardedFor) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/feed")
                .remoteAddress(new InetSocketAddress(peer, 40_000)).header("X-Forwarded-For", forwardedFor));
        AtomicReference<String> seen = new AtomicReference<>();
        AtomicReference<List<String>> forwardedDownstream = new AtomicReference<>();
        new InboundHeadersFilter(properties).filter(exchange, next -> {
            seen.set(ClientAddress.of(next));
            forwardedDownstream.set(next.getRequest().getHeaders().get("X-Forwarded-For"));
            return Mono.empty();
        }).block();
        assertThat(forwardedDownstream.get()).as("the client's header is never passed on").isNull();
        return seen.get();
    }

    private static HygieneProperties properties(String... trustedProxies) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        for (int i = 0; i < trustedProxies.length; i++) {
            values.put("xcord.gateway.trusted-proxies[" + i + "]", trustedProxies[i]);
        }
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("xcord.gateway", HygieneProperties.class);
    }
}
