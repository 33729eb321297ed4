package com.xcord.auth.support;

import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.Topics;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.EventProbe;
import com.xcord.servicekit.test.ServiceIntegrationTest;

import java.util.function.Predicate;

/** service-kit's {@link ServiceIntegrationTest} in auth-service's context; requests come from varying client addresses. */
@AuthServiceTest
public abstract class IntegrationTest extends ServiceIntegrationTest {

    @Override
    protected Api newApi(int port) {
        // login and registration are rate-limited per client address: tests must not share one
        return new Api(port).fromRandomClientAddresses();
    }

    /**
     * Waits for the first event of this type on {@code xcord.auth.events} (read from the start,
     * as another service would) whose payload matches; it must be keyed by its subject.
     */
    protected <T> EventEnvelope<T> awaitEvent(EventType<T> type, Predicate<? super T> matching) {
        try (EventProbe events = EventProbe.fromStart(kafka, Topics.AUTH)) {
            return events.awaitFirst(type, matching);
        }
    }
}
