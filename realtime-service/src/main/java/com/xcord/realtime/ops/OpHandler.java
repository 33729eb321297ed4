package com.xcord.realtime.ops;

import com.xcord.realtime.session.Connection;
import tools.jackson.databind.JsonNode;

/** What one client op does, once {@link OpDispatcher} admitted it in the socket's state. */
@FunctionalInterface
interface OpHandler {

    /**
     * @param d   the frame's {@code d} (a missing node when absent)
     * @param now the time the frame arrived (ms)
     */
    void handle(Connection c, JsonNode d, long now);
}
