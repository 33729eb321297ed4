package com.xcord.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.gateway.support.GatewayWithWireMockTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document is served without a token, as is, beside the OpenAPI documents. */
class AsyncApiDocumentTests extends GatewayWithWireMockTest {

    @Test
    void servesTheAsyncApiDocumentWithoutAToken() throws Exception {
        byte[] expected = AsyncApiDocument.DOCUMENT.getContentAsByteArray();

        byte[] body = client().get().uri("/asyncapi.yaml").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/yaml")
                .expectBody().returnResult().getResponseBody();

        assertThat(body).isEqualTo(expected);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("asyncapi: 3.0.0", "address: /ws",
                "address: xcord.dm.events");
        // served by the gateway itself: no downstream is asked
        assertThat(downstream.getAllServeEvents()).noneMatch(e -> e.getRequest().getUrl().contains("asyncapi"));
    }

    @Test
    void anotherMethodFindsNothing() {
        client().post().uri("/asyncapi.yaml").exchange().expectStatus().isNotFound();
    }
}
