package com.xcord.servicekit.testapp;

import org.springframework.stereotype.Component;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Lets a test hold a request inside its transaction (to make two requests race for real). */
@Component
public class Gate {

    private final ConcurrentHashMap<String, CountDownLatch> closed = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CountDownLatch> arrived = new ConcurrentHashMap<>();

    public void close(String name) {
        closed.put(name, new CountDownLatch(1));
        arrived.put(name, new CountDownLatch(1));
    }

    public void open(String name) {
        CountDownLatch latch = closed.remove(name);
        if (latch != null) {
            latch.countDown();
        }
    }

    public boolean awaitArrival(String name, long seconds) throws InterruptedException {
        CountDownLatch latch = arrived.get(name);
        return latch != null && latch.await(seconds, TimeUnit.SECONDS);
    }

    void passIfNamed(String name) {
        CountDownLatch latch = closed.get(name);
        if (latch == null) {
            return;
        }
        arrived.get(name).countDown();
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
