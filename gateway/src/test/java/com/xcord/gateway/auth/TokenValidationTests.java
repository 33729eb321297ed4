package com.xcord.gateway.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.xcord.gateway.support.Problems.assertProblem;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.RSAKey;
import com.xcord.gateway.support.GatewayWithWireMockTest;
import com.xcord.gateway.support.TestKeys;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Token rules against a JWKS served by WireMock, where the tests hold the signing keys. */
class TokenValidationTests extends GatewayWithWireMockTest {

    static Stream<Arguments> refusedTokens() {
        String user = "4242";
        return Stream.of(
                Arguments.of("expired", (Supplier<String>) () -> TestKeys.expired(user)),
                Arguments.of("wrong issuer", (Supplier<String>) () -> TestKeys.withClaims(user, c -> c.issuer("https://evil.example"))),
                Arguments.of("wrong audience", (Supplier<String>) () -> TestKeys.withClaims(user, c -> c.audience("someone-else"))),
                Arguments.of("not yet valid", (Supplier<String>) () -> TestKeys.withClaims(user,
                        c -> c.notBeforeTime(new Date(System.currentTimeMillis() + 3_600_000)))),
                Arguments.of("no subject", (Supplier<String>) () -> TestKeys.withClaims(user, c -> c.subject(null))),
                // edge-rules' AccessTokenRules (tabled there): the servlet services always refused it, now the gateway does
                Arguments.of("non-numeric session id", (Supplier<String>) () -> TestKeys.withClaims(user, c -> c.claim("sid", "s-1"))),
                Arguments.of("typ JWT (an ID token, say)", (Supplier<String>) () -> TestKeys.withHeader(user, h -> h.type(JOSEObjectType.JWT))),
                Arguments.of("no kid", (Supplier<String>) () -> TestKeys.withHeader(user, h -> h.keyID(null))),
                Arguments.of("jku pointing elsewhere", (Supplier<String>) () -> TestKeys.jkuPointingElsewhere(user)),
                Arguments.of("embedded jwk", (Supplier<String>) () -> TestKeys.withHeader(user, h -> h.jwk(TestKeys.UNTRUSTED.toPublicJWK()))),
                Arguments.of("signed by another key under the trusted kid", (Supplier<String>) () ->
                        TestKeys.signedByOtherKey(user, TestKeys.TRUSTED.getKeyID())),
                Arguments.of("signed by a key nobody published", (Supplier<String>) () ->
                        TestKeys.signedByOtherKey(user, "unknown-kid")),
                Arguments.of("alg none", (Supplier<String>) () -> TestKeys.unsigned(TestKeys.token(user))),
                Arguments.of("HS256 keyed with the public key", (Supplier<String>) () ->
                        TestKeys.hs256WithPublicKey(TestKeys.TRUSTED, TestKeys.TRUSTED.getKeyID(), user)),
                Arguments.of("payload changed after signing", (Supplier<String>) () -> TestKeys.tampered(TestKeys.token(user), "1")),
                Arguments.of("garbage", (Supplier<String>) () -> "not.a.jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void aBadTokenIs401AndNeverReachesTheService(String name, Supplier<String> token) {
        downstream.stubFor(any(urlPathEqualTo("/api/v1/feed")).willReturn(aResponse().withStatus(200)));

        assertProblem(client().get().uri("/api/v1/feed").header("Authorization", bearer(token.get())).exchange(), 401);
        downstream.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/feed")));
    }

    @Test
    void noTokenIs401WithAChallenge() {
        client().get().uri("/api/v1/feed").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer");
    }

    @Test
    void publicPathsNeedNoToken() {
        downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        for (String path : List.of("/api/v1/auth/jwks", "/.well-known/jwks.json")) {
            client().get().uri(path).exchange().expectStatus().isOk();
        }
        client().post().uri("/api/v1/auth/logout").exchange().expectStatus().isOk();
        client().get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void aRotatedKeyIsPickedUpWhenATokenNamesIt() {
        String rotated = TestKeys.sign(TestKeys.ROTATED, TestKeys.header(TestKeys.ROTATED), TestKeys.claims(newUserId()));
        downstream.stubFor(any(urlPathEqualTo("/api/v1/feed")).willReturn(aResponse().withStatus(200)));
        stubJwks(downstream, TestKeys.jwks(TestKeys.ROTATED, TestKeys.TRUSTED));

        // the unknown kid triggers one JWKS refetch (at most one per refetch interval)
        Awaitility.await().untilAsserted(() ->
                client().get().uri("/api/v1/feed").header("Authorization", bearer(rotated)).exchange().expectStatus().isOk());
        client().get().uri("/api/v1/feed").header("Authorization", bearer(TestKeys.token(newUserId())))
                .exchange().expectStatus().isOk();
    }

    @Test
    void theCachedKeysKeepWorkingWhileTheJwksCannotBeFetched() {
        downstream.stubFor(any(urlPathEqualTo("/api/v1/feed")).willReturn(aResponse().withStatus(200)));
        client().get().uri("/api/v1/feed").header("Authorization", bearer(TestKeys.token(newUserId())))
                .exchange().expectStatus().isOk();
        downstream.stubFor(get(urlPathEqualTo(JWKS_PATH)).willReturn(aResponse().withStatus(503)));
        RSAKey unknown = TestKeys.generate("not-published");

        // a token with an unknown kid makes the gateway try the JWKS, which fails…
        Awaitility.await().untilAsserted(() -> {
            client().get().uri("/api/v1/feed")
                    .header("Authorization", bearer(TestKeys.sign(unknown, TestKeys.header(unknown), TestKeys.claims("1"))))
                    .exchange().expectStatus().isUnauthorized();
            downstream.verify(getRequestedFor(urlPathEqualTo(JWKS_PATH)));
        });
        // …and the keys it had still verify tokens
        client().get().uri("/api/v1/feed").header("Authorization", bearer(TestKeys.token(newUserId())))
                .exchange().expectStatus().isOk();
    }

    @Test
    void aTokenAlreadyAcceptedIsRefusedOnceItsKeyLeavesTheJwks() {
        downstream.stubFor(any(urlPathEqualTo("/api/v1/feed")).willReturn(aResponse().withStatus(200)));
        String old = TestKeys.token(newUserId());
        client().get().uri("/api/v1/feed").header("Authorization", bearer(old)).exchange().expectStatus().isOk();

        // auth-service drops the old key; a token naming the new one makes the gateway refetch the JWKS
        stubJwks(downstream, TestKeys.jwks(TestKeys.ROTATED));
        String rotated = TestKeys.sign(TestKeys.ROTATED, TestKeys.header(TestKeys.ROTATED), TestKeys.claims(newUserId()));
        Awaitility.await().untilAsserted(() ->
                client().get().uri("/api/v1/feed").header("Authorization", bearer(rotated)).exchange().expectStatus().isOk());

        // the old token was accepted (and remembered) before: it is refused now all the same
        assertProblem(client().get().uri("/api/v1/feed").header("Authorization", bearer(old)).exchange(), 401);

        // the other tests sign with the trusted key again
        stubJwks(downstream, TestKeys.jwks(TestKeys.TRUSTED, TestKeys.ROTATED));
        Awaitility.await().untilAsserted(() -> client().get().uri("/api/v1/feed")
                .header("Authorization", bearer(TestKeys.token(newUserId()))).exchange().expectStatus().isOk());
    }
}
