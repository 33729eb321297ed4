package com.xcord.notification.support;

import com.xcord.servicekit.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;

/** service-kit's {@link ServiceIntegrationTest} in notification-service's context, with its fixtures. */
@NotificationServiceTest
public abstract class IntegrationTest extends ServiceIntegrationTest {

    /** Users, posts, servers, DMs and streams, made by publishing the producers' events. */
    protected World world;
    /** The inbox read through the API. */
    protected Notifications notifications;

    @BeforeEach
    void fixtures() {
        world = new World(Producers.shared(kafka), db);
        notifications = new Notifications(api);
    }
}
