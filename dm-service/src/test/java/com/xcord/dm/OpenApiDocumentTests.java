package com.xcord.dm;

import com.xcord.dm.support.DmServiceTest;
import com.xcord.servicekit.test.openapi.OpenApiContract;
import com.xcord.servicekit.test.openapi.ServiceOpenApi;
import org.junit.jupiter.api.Order;

/** The service's OpenAPI document (see {@link ServiceOpenApi}); last, as it checks what the other tests observed. */
@DmServiceTest
@Order(OpenApiContract.LAST)
class OpenApiDocumentTests extends ServiceOpenApi {

    OpenApiDocumentTests() {
        super("XCORD dm-service");
    }
}
