package com.xcord.auth;

import com.xcord.auth.support.AuthServiceTest;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.openapi.OpenApiContract;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service's OpenAPI document (also written to {@code target/openapi.json} for Spectral).
 * Ordered last: it checks the statuses every other test of the module observed.
 */
@AuthServiceTest
@Order(OpenApiContract.LAST)
class OpenApiDocumentTests {

    @LocalServerPort
    int port;

    @Test
    void fetch() {
        OpenApiContract.fetch(new Api(port));
    }
}
