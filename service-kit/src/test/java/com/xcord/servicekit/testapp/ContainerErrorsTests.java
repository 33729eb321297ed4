package com.xcord.servicekit.testapp;

import com.xcord.edge.test.RawHttp;
import com.xcord.servicekit.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

import static com.xcord.servicekit.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat refuses itself, before any filter or servlet runs, are problem+json like every other error (issue
 * 12, finding 6): sent over a raw socket, since a well-behaved client refuses to send most of them.
 */
class ContainerErrorsTests extends IntegrationTest {

    private final String authorization = "Authorization: Bearer " + TestTokens.accessToken(newUserId());

    private static JsonNode assertRawProblem(RawHttp.Response response, int status) {
        return assertProblem(response.status(), response.contentType(), response.body(), status);
    }

    @Test
    void bracketsInTheQueryAreAnUnknownParameterLikeAnyOther() {
        RawHttp.Response response = RawHttp.get(port, "/api/v1/widgets/count?max=5&x[]=1", authorization);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aPagingCursorWithBracketsIsNotACursor() {
        RawHttp.Response response = RawHttp.get(port, "/api/v1/widgets?before[]=1", authorization);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
    }

    @Test
    void aCharacterNotAllowedInTheQueryIs400() {
        assertRawProblem(RawHttp.get(port, "/api/v1/widgets/count?max={5}", authorization), 400);
    }

    @Test
    void aCharacterNotAllowedInThePathIs400() {
        assertRawProblem(RawHttp.get(port, "/api/v1/a|b", authorization), 400);
    }

    @Test
    void threeHundredHeadersAre400() {
        String[] headers = new String[300];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = "X-Probe-" + i + ": " + i;
        }
        assertRawProblem(RawHttp.get(port, "/api/v1/me", headers), 400);
    }

    @Test
    void aHeaderOver8KilobytesIs400() {
        assertRawProblem(RawHttp.get(port, "/api/v1/me", authorization, "X-Big: " + "a".repeat(9 * 1024)), 400);
    }

    @Test
    void aUrlOf20KilobytesIs400() {
        assertRawProblem(RawHttp.get(port, "/api/v1/me?q=" + "a".repeat(20 * 1024), authorization), 400);
    }

    @Test
    void aHeaderLineWithoutAColonIs400() {
        assertRawProblem(RawHttp.send(port, "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nNoColon\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII)), 400);
    }

    @Test
    void anUnsupportedHttpVersionIs505() {
        assertRawProblem(RawHttp.send(port, "GET /api/v1/me HTTP/2.0\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII)), 505);
    }
}
