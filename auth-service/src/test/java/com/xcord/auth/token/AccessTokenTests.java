package com.xcord.auth.token;

import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import com.xcord.auth.support.Users.Registered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** What the service accepts as an access token on an authenticated endpoint ({@code GET /me}). */
class AccessTokenTests extends IntegrationTest {

    @Autowired
    KeyRing ring;

    private Registered alice;
    private ForgedTokens forged;

    @BeforeEach
    void alice() {
        alice = Users.register(api, "alice");
        forged = new ForgedTokens(ring, alice.id(), AccessTokenClaims.sessionId(alice.accessToken()));
    }

    private void refused(String token) {
        assertProblem(api.get("/api/v1/me").token(token).send(), 401);
    }

    @Test
    void issuedTokensCarryTheAgreedHeadersAndClaims() throws Exception {
        var jwt = com.nimbusds.jwt.SignedJWT.parse(alice.accessToken());
        var claims = jwt.getJWTClaimsSet();

        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(ring.current().kid());
        assertThat(claims.getIssuer()).isEqualTo("https://xcord.local");
        assertThat(claims.getAudience()).containsExactly("xcord");
        assertThat(claims.getSubject()).isEqualTo(alice.id());
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getStringClaim("sid")).isNotBlank();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(15 * 60 * 1000L);
    }

    @Test
    void aWellFormedTokenSignedWithTheCurrentKeyIsAccepted() {
        // the forgery helper itself is sound: the refusals below are about their one defect
        assertThat(api.get("/api/v1/me").token(forged.valid()).send().status()).isEqualTo(200);
    }

    @Test
    void missingOrGarbageTokensAreRefused() {
        assertProblem(api.get("/api/v1/me").send(), 401);
        refused("garbage");
        refused(alice.accessToken() + "x");
        assertProblem(api.get("/api/v1/me").header("Authorization", "Basic " + alice.accessToken()).send(), 401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(forged.expired());
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        refused(forged.signedByAnotherKey());
    }

    @Test
    void aTokenWithAnUnknownKidIsRefused() {
        refused(forged.withUnknownKid());
    }

    @Test
    void algNoneIsRefused() {
        refused(forged.algNone());
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() {
        refused(forged.hs256WithThePublicKey());
    }

    @Test
    void aWrongIssuerIsRefused() {
        refused(forged.wrongIssuer());
    }

    @Test
    void aWrongAudienceIsRefused() {
        refused(forged.wrongAudience());
    }

    @Test
    void aWrongTypIsRefused() {
        refused(forged.wrongType());
    }

    @Test
    void aJkuHeaderIsRefused() {
        refused(forged.withJku());
    }

    @Test
    void aTokenOfARevokedSessionIsRefusedAtOnce() {
        String token = forged.valid();
        assertThat(api.get("/api/v1/me").token(token).send().status()).isEqualTo(200);

        api.post("/api/v1/auth/logout").json(Map.of("refreshToken", alice.refreshToken())).send();

        refused(token);
    }
}
