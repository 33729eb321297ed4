package com.xcord.servicekit.testapp;

import com.xcord.servicekit.test.openapi.ObservedExchanges.Exchange;
import com.xcord.servicekit.test.openapi.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kit's OpenAPI conventions, on the test application's document. */
class OpenApiTests extends IntegrationTest {

    OpenApiContract contract;
    JsonNode paths;

    @BeforeEach
    void fetch() {
        contract = OpenApiContract.fetch(port);
        paths = contract.document().path("paths");
    }

    @Nested
    class Document {

        @Test
        void isTitledAfterTheApplicationWhenNothingIsConfigured() {
            JsonNode info = contract.document().path("info");

            assertThat(info.path("title").asString()).isEqualTo("servicekit-test");
            assertThat(info.path("version").asString()).isEqualTo("0.0.0");
        }

        @Test
        void requiresTheBearerTokenByDefault() {
            JsonNode bearer = contract.document().path("components").path("securitySchemes").path("bearer");

            assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
            assertThat(bearer.path("bearerFormat").asString()).isEqualTo("JWT");
            assertThat(contract.document().path("security").toString()).isEqualTo("[{\"bearer\":[]}]");
        }

        @Test
        void spellsJavaCaseInsensitivePatternsTheWayEcmaRegexReadsThem() {
            JsonNode color = contract.document().path("components").path("schemas").path("CreateWidget")
                    .path("properties").path("color");

            assertThat(color.path("pattern").asString()).isEqualTo("[rR][eE][dD]|[bB][lL][uU][eE]");
        }

        @Test
        void leavesOutTheErrorController() {
            assertThat(paths.has("/error")).isFalse();
        }

        @Test
        void describesProblemsOnce() {
            JsonNode problem = contract.document().path("components").path("schemas").path("Problem");

            assertThat(problem.path("required").toString()).isEqualTo("[\"type\",\"title\",\"status\"]");
            assertThat(problem.path("properties").propertyNames())
                    .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
            assertThat(contract.document().path("components").path("responses").path("TooManyRequests")
                    .path("headers").has("Retry-After")).isTrue();
        }
    }

    @Nested
    class Operations {

        @Test
        void publicPathsOfTheSecurityPropertiesNeedNoToken() {
            JsonNode ping = paths.path("/api/v1/public/ping").path("get");

            assertThat(ping.path("security").toString()).isEqualTo("[]");
            assertThat(ping.path("responses").has("401")).isFalse();
        }

        @Test
        void securedOperationsAnswer401() {
            assertThat(paths.path("/api/v1/me").path("get").path("responses").path("401").path("$ref").asString())
                    .isEqualTo("#/components/responses/Unauthorized");
        }

        @Test
        void pagingIsFourQueryParametersNotTheCallerOrThePageObject() {
            JsonNode list = paths.path("/api/v1/widgets").path("get");

            assertThat(list.path("parameters").toString()).contains("#/components/parameters/limit",
                    "#/components/parameters/before", "#/components/parameters/after",
                    "#/components/parameters/around").doesNotContain("\"user\"", "\"page\"");
            assertThat(list.path("responses").has("400")).isTrue();
        }

        @Test
        void problemResponseAnnotationsAddTheirStatus() {
            JsonNode notFound = paths.path("/api/v1/widgets/{id}").path("get").path("responses").path("404");

            assertThat(notFound.path("description").asString()).isEqualTo("No such widget");
            assertThat(notFound.path("content").path("application/problem+json").path("schema").path("$ref")
                    .asString()).isEqualTo("#/components/schemas/Problem");
        }

        @Test
        void authenticatedPostsTakeAnIdempotencyKeyAndTheirErrors() {
            JsonNode create = paths.path("/api/v1/widgets").path("post");

            assertThat(create.path("parameters").toString()).contains("#/components/parameters/IdempotencyKey");
            assertThat(create.path("responses").propertyNames())
                    .containsExactly("201", "400", "401", "409", "413", "415", "422", "429", "503");
        }
    }

    @Nested
    class ObservedStatuses {

        @Test
        void passWhenDocumented() {
            contract.assertStatusesDocumented(List.of(
                    new Exchange("GET", "/api/v1/widgets/42", "/api/v1/widgets/{id}", 404),
                    new Exchange("GET", "/api/v1/widgets/42", null, 401),
                    new Exchange("GET", "/api/v1/no-such-route", null, 404)));
        }

        @Test
        void failWhenAnOperationAnswersAStatusItsDocumentDoesNotDeclare() {
            assertThatThrownBy(() -> contract.assertStatusesDocumented(List.of(
                    new Exchange("GET", "/api/v1/widgets/42", "/api/v1/widgets/{id}", 409))))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("GET /api/v1/widgets/{id} documents")
                    .hasMessageContaining("409");
        }

        @Test
        void matchTheMostSpecificTemplateWhenNoHandlerWasReached() {
            assertThatThrownBy(() -> contract.assertStatusesDocumented(List.of(
                    new Exchange("GET", "/api/v1/widgets/count", null, 418))))
                    .hasMessageContaining("GET /api/v1/widgets/count documents");
        }
    }
}
