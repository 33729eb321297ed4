package com.xcord.realtime.projection;

/**
 * One producing service's routes: for each payload type it publishes, how the event changes the projection
 * and who receives it live. Implementations are Spring beans; {@link EventRouter} collects them at start-up,
 * so a new producer plugs in by adding one implementation, without touching the routing core.
 *
 * <p>A route runs on the consumer thread, one event at a time in topic order. It updates the projection
 * whether or not the event is live (replaying history at start-up rebuilds the projection), and dispatches
 * only when it is live.
 */
public interface EventRoutes {

    /** Registers a route per payload type, and the opt-in streams (SUBSCRIBE) these events feed, if any. */
    void register(RouteTable routes);
}
