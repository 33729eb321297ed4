package com.xcord.realtime.projection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The routes by payload class, filled by every {@link EventRoutes} at start-up and read-only afterwards. A
 * payload type has exactly one route: two producers claiming the same type is a wiring mistake, refused at
 * start-up rather than resolved by bean order.
 */
public final class RouteTable {

    /** What one event type does: update the projection, and when {@code live}, dispatch. */
    @FunctionalInterface
    public interface Route<T> {
        void route(T payload, String eventId, boolean live);
    }

    private record Registered(Route<Object> route, String owner) {
    }

    private final Map<Class<?>, Registered> routes = new HashMap<>();
    private final Set<String> streams = new HashSet<>();
    private String registering = "?";

    public <T> RouteTable on(Class<T> payloadType, Route<? super T> route) {
        Registered previous = routes.putIfAbsent(payloadType,
                new Registered((payload, id, live) -> route.route(payloadType.cast(payload), id, live), registering));
        if (previous != null) {
            throw new IllegalStateException(payloadType.getName() + " is routed by both " + previous.owner() + " and "
                    + registering);
        }
        return this;
    }

    /** Declares an opt-in stream type (the {@code stream} of a SUBSCRIBE) that these events are delivered on. */
    public RouteTable stream(String type) {
        streams.add(type);
        return this;
    }

    void register(EventRoutes producer) {
        registering = producer.getClass().getSimpleName();
        producer.register(this);
        registering = "?";
    }

    /** Routes the payload; false if no producer registered its type. */
    boolean route(Object payload, String eventId, boolean live) {
        Registered registered = routes.get(payload.getClass());
        if (registered == null) {
            return false;
        }
        registered.route().route(payload, eventId, live);
        return true;
    }

    boolean hasStream(String type) {
        return streams.contains(type);
    }

    int size() {
        return routes.size();
    }
}
