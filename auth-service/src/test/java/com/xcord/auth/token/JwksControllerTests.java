package com.xcord.auth.token;

import com.xcord.servicekit.test.Api;
import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import com.xcord.auth.support.Users.Registered;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JwksControllerTests extends IntegrationTest {

    @Autowired
    KeyRotation rotation;

    private List<String> kids(Api.Response jwks) {
        return jwks.body().path("keys").valueStream().map(k -> k.path("kid").asString()).toList();
    }

    @Nested
    class Jwks {

        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/auth/jwks", "/.well-known/jwks.json"})
        void publishesPublicRsaKeysOnlyAndMayBeCached(String path) {
            Api.Response response = api.get(path).send();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Cache-Control")).contains("public").contains("max-age=300");
            assertThat(response.body().path("keys").size()).isPositive();
            for (JsonNode key : response.body().path("keys")) {
                assertThat(key.path("kty").asString()).isEqualTo("RSA");
                assertThat(key.path("use").asString()).isEqualTo("sig");
                assertThat(key.path("alg").asString()).isEqualTo("RS256");
                assertThat(key.path("kid").asString()).isNotBlank();
                assertThat(key.path("n").asString()).isNotBlank();
                assertThat(key.path("e").asString()).isEqualTo("AQAB");
                assertThat(key.propertyNames()).doesNotContain("d", "p", "q", "dp", "dq", "qi");
            }
        }

        @Test
        void needsNoTokenEvenWhenABadOneIsSent() {
            assertThat(api.get("/api/v1/auth/jwks").token("garbage").send().status()).isEqualTo(200);
        }

        @Test
        void rotationPublishesTheNewKeyBesideThePreviousAndLogsNobodyOut() {
            Registered alice = Users.register(api, "alice");
            String oldKid = AccessTokenClaims.kid(alice.accessToken());

            rotation.rotate();

            assertThat(api.get("/api/v1/me").token(alice.accessToken()).send().status())
                    .as("a token signed by the previous key").isEqualTo(200);
            Registered again = Users.login(api, alice);
            String newKid = AccessTokenClaims.kid(again.accessToken());
            assertThat(newKid).isNotEqualTo(oldKid);
            assertThat(api.get("/api/v1/me").token(again.accessToken()).send().status()).isEqualTo(200);
            List<String> published = kids(api.get("/api/v1/auth/jwks").send());
            assertThat(published).startsWith(newKid).contains(oldKid);
            assertThat(count("SELECT count(*) FROM signing_keys WHERE kid = ? AND superseded_at IS NOT NULL "
                    + "AND retired_at IS NULL", oldKid)).isEqualTo(1);
        }

        @Test
        void aPreviousKeyIsRetiredOnceEveryTokenItSignedHasExpired() {
            rotation.rotate();
            String previous = kids(api.get("/api/v1/auth/jwks").send()).get(1);
            db.sql("UPDATE signing_keys SET superseded_at = now() - interval '1 day' WHERE kid = ?").param(previous)
                    .update();

            rotation.maintain();

            assertThat(kids(api.get("/api/v1/auth/jwks").send())).doesNotContain(previous).isNotEmpty();
            assertThat(Users.register(api, "alice").accessToken()).isNotBlank();
        }

        @Test
        void privateKeysAreEncryptedAtRest() {
            List<byte[]> stored = db.sql("SELECT private_key_encrypted FROM signing_keys").query(byte[].class).list();

            assertThat(stored).isNotEmpty().allSatisfy(bytes ->
                    // PKCS#8 DER starts with a SEQUENCE (0x30 0x82); the stored bytes are nonce || ciphertext
                    assertThat(bytes[0] == 0x30 && bytes[1] == (byte) 0x82 && bytes[4] == 0x02).isFalse());
        }
    }
}
