package com.xcord.notification;

import com.xcord.notification.support.NotificationServiceTest;
import com.xcord.servicekit.test.openapi.OpenApiContract;
import com.xcord.servicekit.test.openapi.ServiceOpenApi;
import org.junit.jupiter.api.Order;

/** The service's OpenAPI document (see {@link ServiceOpenApi}); last, as it checks what the other tests observed. */
@NotificationServiceTest
@Order(OpenApiContract.LAST)
class OpenApiDocumentTests extends ServiceOpenApi {

    OpenApiDocumentTests() {
        super("XCORD notification-service", "GET /api/v1/notifications/unsubscribe",
                "POST /api/v1/notifications/unsubscribe");
    }
}
