package com.xcord.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicPathsTests {

    @Test
    void exactPathsMatchOnlyThemselves() {
        PublicPaths paths = PublicPaths.of(List.of("/api/v1/auth/login"));
        assertThat(paths.matches("POST", "/api/v1/auth/login")).isTrue();
        assertThat(paths.matches("POST", "/api/v1/auth/login/")).isFalse();
        assertThat(paths.matches("POST", "/api/v1/auth/login2")).isFalse();
        assertThat(paths.matches("POST", "/api/v1/auth")).isFalse();
    }

    @Test
    void aSubtreeIncludesItsRoot() {
        PublicPaths paths = PublicPaths.of(List.of("/v3/api-docs/**"));
        assertThat(paths.matches("GET", "/v3/api-docs")).isTrue();
        assertThat(paths.matches("GET", "/v3/api-docs/auth")).isTrue();
        assertThat(paths.matches("GET", "/v3/api-docsx")).isFalse();
    }

    @Test
    void aMethodLimitsTheEntry() {
        PublicPaths paths = PublicPaths.of(List.of("POST /api/v1/things", "get /api/v1/open/**"));
        assertThat(paths.matches("POST", "/api/v1/things")).isTrue();
        assertThat(paths.matches("GET", "/api/v1/things")).isFalse();
        assertThat(paths.matches("get", "/api/v1/open/a/b")).isTrue();
        assertThat(paths.matches("GET", "/api/v1/open")).isTrue();
        assertThat(paths.matches("DELETE", "/api/v1/open/a")).isFalse();
        assertThat(paths.entries()).extracting(Object::toString).containsExactly("POST /api/v1/things", "GET /api/v1/open/**");
    }

    @Test
    void otherWildcardsAreAConfigurationError() {
        for (String bad : List.of("/api/*/x", "/api/{id}", "api/x", "/**", "PO5T /x")) {
            assertThatThrownBy(() -> PublicPaths.of(List.of(bad))).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theGatewayKnowsEveryServicesPublicPaths() {
        PublicPaths gateway = PublicPaths.atGateway(List.of());
        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/v3/api-docs/dm",
                "/api/v1/auth/login", "/.well-known/jwks.json", "/swagger-ui/index.html", "/ws")) {
            assertThat(gateway.matches("GET", path)).as(path).isTrue();
        }
        assertThat(gateway.matches("GET", "/api/v1/me")).isFalse();
    }
}
