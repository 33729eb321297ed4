package com.xcord.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a server process left behind by a previous JVM that was killed hard (kill -9, IDE "stop"):
 * Postgres and Redis run as child processes, survive their parent, and would keep holding the
 * persistent data directory and the port, so the next {@code ./xcord up} could not start.
 */
final class OrphanProcesses {

    private static final Logger log = LoggerFactory.getLogger(OrphanProcesses.class);

    private OrphanProcesses() {
    }

    /**
     * Reads the pid from the first line of {@code pidFile} and, if that process is still alive and its
     * command looks like {@code expectedCommand}, terminates it gracefully (SIGTERM) and waits.
     */
    static void stopIfAlive(Path pidFile, String expectedCommand, Duration timeout) {
        readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains(expectedCommand)).orElse(false))
                .ifPresent(p -> terminate(p, timeout));
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void terminate(ProcessHandle process, Duration timeout) {
        log.warn("Stopping orphaned {} (pid {}) left by an earlier run", process.info().command().orElse("?"), process.pid());
        process.destroy();
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
