package com.xcord.gateway.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.xcord.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.edge.test.RawHttp;
import com.xcord.gateway.support.GatewayWithWireMockTest;
import com.xcord.gateway.support.TestKeys;
import org.junit.jupiter.api.Test;

/**
 * Every error the gateway answers is problem+json, also the ones Reactor Netty gives before WebFlux runs and the
 * bodiless ones (issue 12, finding 6). Raw sockets where the HTTP clients refuse to send the request.
 */
class NettyProblemsTests extends GatewayWithWireMockTest {

    private String authorization() {
        return "Authorization: " + bearer(TestKeys.token(newUserId()));
    }

    @Test
    void aUrlOver4KilobytesIs414() {
        RawHttp.get(port, "/api/v1/feed?q=" + "a".repeat(20 * 1024), authorization()).assertProblem(414);
    }

    @Test
    void aHeaderOver8KilobytesIs431() {
        RawHttp.get(port, "/api/v1/feed", authorization(), "X-Big: " + "a".repeat(9 * 1024)).assertProblem(431);
    }

    @Test
    void aUriJavaCannotParseIs400() {
        RawHttp.get(port, "/api/v1/a|b", authorization()).assertProblem(400);
    }

    @Test
    void bracketsInTheQueryAreForwardedAsTheServicesAcceptThem() {
        downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
        RawHttp.Response response = RawHttp.get(port, "/api/v1/feed?before[]=1", authorization());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aBodilessErrorFromAServiceGetsAProblemBody() {
        downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("Content-Length", "0")));
        RawHttp.get(port, "/api/v1/feed", authorization()).assertProblem(404);
    }

    @Test
    void aPreflightFromAnotherOriginIs403() {
        assertProblem(client().options().uri("/api/v1/posts")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange(), 403);
    }
}
