package com.xcord.auth;

import com.xcord.auth.support.AuthServiceTest;
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
@AuthServiceTest
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
        contract.assertDescribesTheService("XCORD auth-service");
    }

    @Test
    void marksOnlyThePublicPathsPublic() {
        contract.assertPublicOperations("POST /api/v1/auth/register", "POST /api/v1/auth/login",
                "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout", "GET /api/v1/auth/jwks",
                "GET /.well-known/jwks.json", "GET /api/v1/.well-known/jwks.json");
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
