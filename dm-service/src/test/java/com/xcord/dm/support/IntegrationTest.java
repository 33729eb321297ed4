package com.xcord.dm.support;

import com.xcord.servicekit.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;

/** service-kit's {@link ServiceIntegrationTest} in dm-service's context, with its fixtures. */
@DmServiceTest
public abstract class IntegrationTest extends ServiceIntegrationTest {

    /** Users announced by auth-service's events (registered, blocking, profile settings). */
    protected Users users;
    /** Conversations and messages created through the API. */
    protected Conversations conversations;

    @BeforeEach
    void fixtures() {
        users = new Users(AuthEventsFeed.shared(kafka), db);
        conversations = new Conversations(api);
    }
}
