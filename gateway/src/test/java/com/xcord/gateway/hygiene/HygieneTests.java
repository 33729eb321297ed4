package com.xcord.gateway.hygiene;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.xcord.gateway.support.Problems.assertProblem;

import com.xcord.gateway.support.GatewayWithWireMockTest;
import com.xcord.gateway.support.TestKeys;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

class HygieneTests extends GatewayWithWireMockTest {

    private static final int MIB = 1024 * 1024;

    @Test
    void everyAnswerCarriesTheSecurityHeadersErrorsIncluded() {
        client().get().uri("/api/v1/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().exists("X-Request-Id");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413BeforeReachingTheService() {
        downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)));
        String tooLarge = "x".repeat(MIB + 1);

        assertProblem(client().post().uri("/api/v1/posts").header("Authorization", bearer(TestKeys.token(newUserId())))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(tooLarge).exchange(), 413);
        downstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffWith413() {
        downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)));
        byte[] chunk = "y".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        Flux<DataBuffer> body = Flux.range(0, 17).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk));

        assertProblem(client().post().uri("/api/v1/posts").header("Authorization", bearer(TestKeys.token(newUserId())))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(body, DataBuffer.class).exchange(), 413);
    }

    @Test
    void aBodyUnderTheLimitPasses() {
        downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)));

        client().post().uri("/api/v1/posts").header("Authorization", bearer(TestKeys.token(newUserId())))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"content\":\"" + "z".repeat(MIB - 100) + "\"}")
                .exchange().expectStatus().isCreated();
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
        client().options().uri("/api/v1/posts")
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:5173")
                .expectHeader().exists("Access-Control-Allow-Methods");
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        client().options().uri("/api/v1/posts")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void pathsWithDotSegmentsAreRefused() {
        assertProblem(client().get().uri(java.net.URI.create("http://localhost:" + port + "/v3/api-docs/%2e%2e/api/v1/me")).exchange(), 400);
    }
}
