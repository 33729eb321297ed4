package com.xcord.servicekit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The kit's own housekeeping timer (lease renewal, purges, the outbox sweep). Deliberately
 * not a {@code TaskScheduler} bean, so that a service's {@code @Scheduled} jobs never land on it.
 */
public class KitScheduler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KitScheduler.class);

    private final ScheduledExecutorService executor;

    public KitScheduler() {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "xcord-kit-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the task at a fixed delay; an exception is logged and the task keeps its schedule. */
    public ScheduledFuture<?> every(Duration initialDelay, Duration period, String name, Runnable task) {
        return executor.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("{} failed: {}", name, e.toString());
            }
        }, initialDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
