package com.xcord.live;

import com.xcord.live.support.LiveServiceTest;
import com.xcord.servicekit.test.openapi.OpenApiContract;
import com.xcord.servicekit.test.openapi.ServiceOpenApi;
import org.junit.jupiter.api.Order;

/** The service's OpenAPI document (see {@link ServiceOpenApi}); last, as it checks what the other tests observed. */
@LiveServiceTest
@Order(OpenApiContract.LAST)
class OpenApiDocumentTests extends ServiceOpenApi {

    OpenApiDocumentTests() {
        super("XCORD live-service");
    }
}
