package com.xcord.realtime.projection;

import com.xcord.events.EventEnvelope;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The routing core: hands each event to the route its producer registered for the payload type (see
 * {@link EventRoutes}). Called by the consumer thread, one event at a time in topic order, and a route updates
 * the projection before it dispatches, so a membership change takes effect before the next event is routed
 * (kicked: nothing after the kick; joined: everything after).
 *
 * <p>A payload type no producer registered is ignored (e.g. an event type newer than this build), so new
 * producers and new event types never break delivery of the others.
 */
@Component
public class EventRouter implements SubscribableStreams {

    private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

    private final RouteTable routes = new RouteTable();

    public EventRouter(List<EventRoutes> producers) {
        producers.forEach(routes::register);
        log.info("routing {} event type(s) of {} producer route set(s)", routes.size(), producers.size());
    }

    /** @param live false while replaying history at start-up: then only the projection changes */
    public void handle(EventEnvelope<?> e, boolean live) {
        routes.route(e.data(), e.id(), live);
    }

    /** Whether some producer's events are delivered on this opt-in stream type (SUBSCRIBE accepts only those). */
    @Override
    public boolean isFed(String type) {
        return routes.hasStream(type);
    }
}
