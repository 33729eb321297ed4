package com.xcord.feed;

import com.xcord.feed.support.FeedServiceTest;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.openapi.OpenApiContract;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service's OpenAPI document (also written to {@code target/openapi.json} for Spectral).
 * Ordered last: it checks the statuses every other test of the module observed.
 */
@FeedServiceTest
@Order(OpenApiContract.LAST)
class OpenApiDocumentTests {

    @LocalServerPort
    int port;

    @Test
    void fetch() {
        OpenApiContract.fetch(new Api(port));
    }
}
