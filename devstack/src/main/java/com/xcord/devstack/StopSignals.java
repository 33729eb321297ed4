package com.xcord.devstack;

import java.util.List;
import java.util.function.IntConsumer;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP run the launcher's orderly stop <em>before</em> the JVM starts
 * shutting down. A shutdown hook alone is not enough: the embedded PostgreSQL and Redis register hooks
 * of their own, the JVM runs all hooks at once, and the database would vanish under services still
 * shutting down. The handlers stop the fleet, then the infrastructure, then exit with 128 + the signal
 * number like any process killed by it. (sun.misc.Signal is in the jdk.unsupported module, which is
 * there on every JDK 17+ by design.)
 */
final class StopSignals {

    private static final List<String> SIGNALS = List.of("INT", "TERM", "HUP");

    private StopSignals() {
    }

    /** {@code stop} receives the exit status; it runs on a thread of its own, once. */
    static void onStop(IntConsumer stop) {
        for (String name : SIGNALS) {
            Signal.handle(new Signal(name), signal -> {
                Thread stopper = new Thread(() -> stop.accept(128 + signal.getNumber()), "devstack-stop-" + name);
                stopper.start();
            });
        }
    }
}
