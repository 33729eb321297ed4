package com.xcord.servicekit.test.openapi;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every request a service under test answered in this JVM: method, path, the handler's path
 * pattern when Spring MVC matched one, and the final status. JVM-wide on purpose: a module's
 * test classes may build more than one Spring context, and the check that reads this runs last.
 */
public final class ObservedExchanges {

    /**
     * One answered request.
     *
     * @param pattern Spring's best-matching path pattern, {@code null} when no handler was
     *                reached (a 401 from the security filters, a 413 from the body limit)
     */
    public record Exchange(String method, String path, String pattern, int status) {
    }

    private static final ConcurrentLinkedQueue<Exchange> EXCHANGES = new ConcurrentLinkedQueue<>();

    static void record(Exchange exchange) {
        EXCHANGES.add(exchange);
    }

    public static List<Exchange> all() {
        return List.copyOf(EXCHANGES);
    }

    private ObservedExchanges() {
    }
}
