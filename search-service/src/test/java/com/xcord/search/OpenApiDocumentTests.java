package com.xcord.search;

import com.xcord.search.support.SearchServiceTest;
import com.xcord.servicekit.test.openapi.OpenApiContract;
import com.xcord.servicekit.test.openapi.ServiceOpenApi;
import org.junit.jupiter.api.Order;

/** The service's OpenAPI document (see {@link ServiceOpenApi}); last, as it checks what the other tests observed. */
@SearchServiceTest
@Order(OpenApiContract.LAST)
class OpenApiDocumentTests extends ServiceOpenApi {

    OpenApiDocumentTests() {
        super("XCORD search-service");
    }
}
