package com.xcord.auth;

import com.xcord.auth.support.AuthServiceTest;
import com.xcord.servicekit.test.openapi.OpenApiContract;
import com.xcord.servicekit.test.openapi.ServiceOpenApi;
import org.junit.jupiter.api.Order;

/** The service's OpenAPI document (see {@link ServiceOpenApi}); last, as it checks what the other tests observed. */
@AuthServiceTest
@Order(OpenApiContract.LAST)
class OpenApiDocumentTests extends ServiceOpenApi {

    OpenApiDocumentTests() {
        super("XCORD auth-service", "POST /api/v1/auth/register", "POST /api/v1/auth/login",
                "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout", "GET /api/v1/auth/jwks",
                "GET /.well-known/jwks.json", "GET /api/v1/.well-known/jwks.json");
    }
}
