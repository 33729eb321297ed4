package com.xcord.devstack;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Starts the services, waits for their health, watches them and stops them.
 *
 * <p>auth-service starts first and alone: the others fetch its JWKS. The rest start in parallel.
 *
 * <p>A service that dies after it was healthy is reported loudly and restarted once: in development a
 * crash is usually a transient hiccup (an OOM under a load test, a dependency blip), and one restart
 * keeps the rest of the fleet usable. A second death leaves it down, with its last lines printed, so a
 * real bug is not hidden by a restart loop. A service that fails while starting aborts the whole
 * {@code up}: that is a broken build or configuration, and the developer must see it at once.
 */
final class Fleet {

    private static final int RESTARTS = 1;

    private final List<ServiceProcess> services;
    private final HealthWaiter health;
    private final LogPrefixer log;
    private final LeftoverServices leftovers;
    private final Map<String, Integer> restarts = new ConcurrentHashMap<>();
    private boolean stopping;

    Fleet(List<ServiceProcess> services, HealthWaiter health, LogPrefixer log, LeftoverServices leftovers) {
        this.services = services;
        this.health = health;
        this.log = log;
        this.leftovers = leftovers;
    }

    List<ServiceProcess> services() {
        return services;
    }

    /** Starts every service and waits until all are healthy; false (after reporting why) if one is not. */
    boolean startAll() throws InterruptedException {
        List<ServiceProcess> first = services.stream().filter(s -> s.name().equals(ServiceCatalog.AUTH_SERVICE)).collect(Collectors.toList());
        List<ServiceProcess> rest = services.stream().filter(s -> !first.contains(s)).collect(Collectors.toList());
        for (ServiceProcess service : first) {
            if (!startHealthy(service)) {
                return false;
            }
        }
        List<CompletableFuture<Boolean>> starting = new ArrayList<>();
        for (ServiceProcess service : rest) {
            // a thread each: the common pool has one thread on a 2-core machine and would start them one by one
            CompletableFuture<Boolean> healthy = new CompletableFuture<>();
            Thread starter = new Thread(() -> {
                try {
                    healthy.complete(startHealthy(service));
                } catch (InterruptedException | RuntimeException e) {
                    healthy.complete(false);
                }
            }, "start-" + service.name());
            starter.setDaemon(true);
            starter.start();
            starting.add(healthy);
        }
        boolean allHealthy = true;
        for (CompletableFuture<Boolean> future : starting) {
            allHealthy &= future.join();
        }
        return allHealthy;
    }

    private boolean startHealthy(ServiceProcess service) throws InterruptedException {
        if (!startProcess(service)) {
            return false;
        }
        HealthWaiter.Outcome outcome = health.await(HealthWaiter.healthUri(service.definition().port()), service::isAlive);
        if (outcome == HealthWaiter.Outcome.HEALTHY) {
            log.print(LogPrefixer.DEVSTACK, service.name() + " is healthy at " + service.definition().url());
            service.onExit().thenRun(() -> exited(service));
            return true;
        }
        if (isStopping()) {
            return false;
        }
        String why = outcome == HealthWaiter.Outcome.DIED
                ? "died while starting (exit code " + service.exitCode() + ")"
                : "was not healthy within the timeout (" + HealthWaiter.healthUri(service.definition().port()) + ")";
        reportLastLines(service, service.name() + " " + why);
        return false;
    }

    /** Starts the JVM unless the fleet is being stopped: a Ctrl-C during startup must not leave one behind. */
    private synchronized boolean startProcess(ServiceProcess service) {
        if (stopping) {
            return false;
        }
        try {
            service.start();
            leftovers.record(running());
            log.print(LogPrefixer.DEVSTACK, "started " + service.name() + " (pid " + service.handle().map(ProcessHandle::pid).orElse(-1L) + ")");
            return true;
        } catch (IOException e) {
            log.print(LogPrefixer.DEVSTACK, "could not start " + service.name() + ": " + e.getMessage());
            return false;
        }
    }

    private Map<String, ProcessHandle> running() {
        Map<String, ProcessHandle> running = new java.util.LinkedHashMap<>();
        services.forEach(s -> s.handle().ifPresent(h -> running.put(s.name(), h)));
        return running;
    }

    private void exited(ServiceProcess service) {
        if (isStopping()) {
            return;
        }
        int restarted = restarts.merge(service.name(), 1, Integer::sum) - 1;
        reportLastLines(service, "!!! " + service.name() + " DIED unexpectedly (exit code " + service.exitCode() + ")");
        if (restarted >= RESTARTS) {
            log.print(LogPrefixer.DEVSTACK, "!!! " + service.name() + " died again: left down. The rest keeps running; fix it and run ./xcord up again");
            return;
        }
        log.print(LogPrefixer.DEVSTACK, "restarting " + service.name() + " (once)");
        Thread restart = new Thread(() -> {
            try {
                startHealthy(service);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "restart-" + service.name());
        restart.setDaemon(true);
        restart.start();
    }

    private void reportLastLines(ServiceProcess service, String headline) {
        log.print(LogPrefixer.DEVSTACK, headline + "; its last lines:");
        service.lastLines().forEach(line -> log.print(LogPrefixer.DEVSTACK, "  " + service.name() + " > " + line));
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    /** Stops every service in parallel (each: SIGTERM, up to {@code grace}, then SIGKILL). */
    void stopAll(Duration grace) {
        synchronized (this) {
            stopping = true;
        }
        List<Thread> stoppers = new ArrayList<>();
        for (ServiceProcess service : services) {
            if (service.handle().isEmpty()) {
                continue;
            }
            Thread stopper = new Thread(() -> service.stop(grace), "stop-" + service.name());
            stopper.start();
            stoppers.add(stopper);
        }
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        leftovers.record(Map.of());
    }
}
