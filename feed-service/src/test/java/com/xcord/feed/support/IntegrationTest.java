package com.xcord.feed.support;

import com.xcord.servicekit.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;

/** service-kit's {@link ServiceIntegrationTest} in feed-service's context, with its fixtures. */
@FeedServiceTest
public abstract class IntegrationTest extends ServiceIntegrationTest {

    protected World world;
    protected Posts posts;

    @BeforeEach
    void fixtures() {
        world = new World(kafka, db);
        posts = new Posts(api);
    }
}
