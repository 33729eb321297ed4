package com.xcord.server;

import com.xcord.server.support.ServerServiceTest;
import com.xcord.servicekit.test.openapi.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service's OpenAPI document (also written to {@code target/openapi.json} for Spectral, see
 * docs/conventions.md). Ordered after every other test class of the module: it checks that each
 * status their requests observed is documented.
 */
@ServerServiceTest
@Order(OpenApiContract.LAST)
class OpenApiDocumentTests {

    @LocalServerPort
    int port;

    OpenApiContract contract;

    @BeforeEach
    void fetch() {
        contract = OpenApiContract.fetch(port);
    }

    @Test
    void describesTheService() {
        contract.assertDescribesTheService("XCORD server-service");
    }

    @Test
    void needsATokenForEveryOperation() {
        contract.assertPublicOperations();
    }

    @Test
    void documentsEveryOperation() {
        contract.assertEveryOperationDocumented().assertExamplesBelongToOperations();
    }

    @Test
    void documentsEveryStatusTheTestsObserved() {
        contract.assertObservedStatusesDocumented();
    }
}
