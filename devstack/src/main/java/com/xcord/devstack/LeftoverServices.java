package com.xcord.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Remembers the service processes of this run in {@code .xcord/services.pids}, so that when the
 * launcher was killed hard (kill -9: no shutdown hook) the next {@code ./xcord up} stops what it left
 * behind. A pid is only trusted together with its process's start time, so a recycled pid is never
 * killed. (PostgreSQL and Redis get the same treatment from testkit through their own pid files.)
 */
final class LeftoverServices {

    private final Path file;

    LeftoverServices(Path dataDir) {
        this.file = dataDir.resolve("services.pids");
    }

    /** Stops every process recorded by an earlier run that is still alive; returns how many. */
    int stopAll(Consumer<String> log) {
        int stopped = 0;
        for (String line : lines()) {
            String[] parts = line.trim().split(" ");
            if (parts.length != 3) {
                continue;
            }
            Optional<ProcessHandle> leftover = find(Long.parseLong(parts[1]), parts[2]);
            if (leftover.isPresent()) {
                log.accept("stopping " + parts[0] + " (pid " + parts[1] + ") left running by an earlier launcher");
                ServiceProcess.stop(leftover.get(), Duration.ofSeconds(10));
                stopped++;
            }
        }
        record(Map.of());
        return stopped;
    }

    /** Rewrites the file with the processes running now, by service name. */
    synchronized void record(Map<String, ProcessHandle> running) {
        List<String> lines = new ArrayList<>();
        running.forEach((name, process) -> process.info().startInstant().filter(start -> process.isAlive()).ifPresent(
                start -> lines.add(name + " " + process.pid() + " " + start.toEpochMilli())));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<ProcessHandle> find(long pid, String startMillis) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info().startInstant().map(Instant::toEpochMilli).map(String::valueOf)
                        .filter(s -> Objects.equals(s, startMillis)).isPresent());
    }

    private List<String> lines() {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
