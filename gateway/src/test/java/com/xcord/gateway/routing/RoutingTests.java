package com.xcord.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.xcord.gateway.support.GatewayWithWireMockTest;
import com.xcord.gateway.support.TestKeys;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.http.HttpMethod;

class RoutingTests extends GatewayWithWireMockTest {

    @Autowired
    RoutePredicateHandlerMapping routes;

    @Nested
    class PathToService {

        @ParameterizedTest(name = "{0} {1} → {2}")
        @CsvSource({
                "POST, /api/v1/auth/login, auth-login",
                "POST, /api/v1/auth/register, auth-register",
                "POST, /api/v1/auth/refresh, auth-refresh",
                "POST, /api/v1/auth/logout, auth",
                "GET, /api/v1/auth/jwks, auth",
                "GET, /.well-known/jwks.json, auth",
                "GET, /api/v1/me, auth",
                "PATCH, /api/v1/me, auth",
                "GET, /api/v1/users/42, auth",
                "GET, /api/v1/users/by-username/alice, auth",
                "PUT, /api/v1/relationships/42, auth",
                "GET, /api/v1/users/42/posts, feed-user-posts",
                "GET, /api/v1/users/42/live, live-user-live",
                "POST, /api/v1/posts, feed",
                "POST, /api/v1/posts/7/like, feed",
                "GET, /api/v1/feed, feed",
                "GET, /api/v1/bookmarks, feed",
                "POST, /api/v1/dm/conversations, dm",
                "POST, /api/v1/dm/messages/5/read, dm",
                "GET, /api/v1/servers, server",
                "PUT, /api/v1/servers/1/channels/2/overwrites/3, server",
                "POST, /api/v1/invites/abc/accept, server",
                "GET, /api/v1/live/streams, live",
                "POST, /api/v1/live/stream-key/rotate, live",
                "GET, /api/v1/notifications/unread-count, notification",
                "GET, /api/v1/search/entities, search",
                "POST, /api/v1/media/upload, media",
                "GET, /ws, realtime",
                "GET, /v3/api-docs/auth, api-docs-auth",
                "GET, /v3/api-docs/media, api-docs-media"})
        void everyPathOfTheDesignHasItsRoute(String method, String path, String routeId) {
            MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.method(HttpMethod.valueOf(method), path));
            routes.getHandler(exchange).block();
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            assertThat(route).as(path).isNotNull();
            assertThat(route.getId()).isEqualTo(routeId);
        }
    }

    @Nested
    class Forwarding {

        @Test
        void aRoutedRequestReachesItsServiceWithARequestIdAndTheTokenUnchanged() {
            downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
            String token = TestKeys.token(newUserId());

            var result = client().get().uri("/api/v1/feed?filter=all")
                    .header("Authorization", bearer(token))
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().json("{\"items\":[]}")
                    .returnResult();

            String requestId = result.getResponseHeaders().getFirst("X-Request-Id");
            assertThat(requestId).isNotBlank();
            LoggedRequest received = single("/api/v1/feed?filter=all");
            assertThat(received.getHeader("Authorization")).isEqualTo("Bearer " + token);
            assertThat(received.getHeader("X-Request-Id")).isEqualTo(requestId);
        }

        @Test
        void aClientRequestIdIsKeptAndAnUnsafeOneReplaced() {
            downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));

            client().get().uri("/api/v1/feed").header("Authorization", bearer(TestKeys.token(newUserId())))
                    .header("X-Request-Id", "client-chosen-id-1")
                    .exchange().expectHeader().valueEquals("X-Request-Id", "client-chosen-id-1");
            assertThat(single("/api/v1/feed").getHeader("X-Request-Id")).isEqualTo("client-chosen-id-1");

            String replaced = client().get().uri("/api/v1/feed").header("Authorization", bearer(TestKeys.token(newUserId())))
                    .header("X-Request-Id", "forged\" line=injected")
                    .exchange().expectHeader().value("X-Request-Id", id -> assertThat(id).matches("[0-9a-f]{32}"))
                    .returnResult(Void.class).getResponseHeaders().getFirst("X-Request-Id");
            // the service sees the gateway's id, not the client's
            List<LoggedRequest> received = downstream.findAll(getRequestedFor(urlEqualTo("/api/v1/feed")));
            assertThat(received).hasSize(2);
            assertThat(received.get(1).getHeaders().getHeader("X-Request-Id").values()).containsExactly(replaced);
        }

        @Test
        void spoofableAndHopByHopHeadersAreStrippedAndTheGatewaySaysWhoTheClientIs() {
            downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));

            client().get().uri("/api/v1/bookmarks")
                    .header("Authorization", bearer(TestKeys.token(newUserId())))
                    .header("X-Forwarded-For", "6.6.6.6")
                    .header("X-Forwarded-Host", "evil.example")
                    .header("X-Forwarded-Proto", "https")
                    .header("Forwarded", "for=6.6.6.6")
                    .header("X-Real-IP", "6.6.6.6")
                    .header("X-User-Id", "1")
                    .header("Connection", "X-Secret-Hop")
                    .header("X-Secret-Hop", "only for the gateway")
                    .header("Proxy-Authorization", "Basic abc")
                    .exchange().expectStatus().isNoContent();

            LoggedRequest received = single("/api/v1/bookmarks");
            assertThat(received.getHeader("X-Forwarded-For")).isEqualTo("127.0.0.1");
            assertThat(received.getHeader("X-Forwarded-Proto")).isEqualTo("http");
            assertThat(received.getHeader("X-Forwarded-Host")).isEqualTo("localhost:" + port);
            assertThat(received.containsHeader("Forwarded")).isFalse();
            assertThat(received.containsHeader("X-Real-IP")).isFalse();
            assertThat(received.containsHeader("X-User-Id")).isFalse();
            assertThat(received.containsHeader("X-Secret-Hop")).isFalse();
            assertThat(received.containsHeader("Proxy-Authorization")).isFalse();
        }
    }

    private LoggedRequest single(String url) {
        List<LoggedRequest> requests = downstream.findAll(getRequestedFor(urlEqualTo(url)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
