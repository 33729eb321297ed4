package com.xcord.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Redis (codemonstur binary, Redis 6.2) bound to 127.0.0.1. {@link #stop()} and
 * {@link #restart()} keep the port, so tests can simulate "Redis is down".
 */
public final class RedisServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisServer.class);
    private static final String HOST = "127.0.0.1";

    private final Path dataDir;
    private final boolean tempDir;
    private final int port;
    private final redis.embedded.RedisServer process;

    private RedisServer(Path dataDir, boolean tempDir, int port) throws IOException {
        this.dataDir = dataDir;
        this.tempDir = tempDir;
        this.port = port;
        this.process = redis.embedded.RedisServer.newRedisServer()
                .port(port)
                .bind(HOST)
                .setting("dir \"" + dataDir + "\"")
                // a pid file lets the next start stop a server orphaned by a killed JVM
                .setting("pidfile \"" + dataDir.resolve("redis.pid") + "\"")
                // persistent data survives ./xcord up restarts through the append-only file;
                // temp data needs no persistence at all
                .setting(tempDir ? "appendonly no" : "appendonly yes")
                .setting("save \"\"")
                .build();
    }

    /**
     * @param dataDir null for a temp directory (no persistence); otherwise append-only persistence there
     * @param port    0 for a free port
     */
    public static RedisServer start(Path dataDir, int port) {
        long started = System.nanoTime();
        Path dir = Files2.dirOrTemp(dataDir, "xcord-redis");
        OrphanProcesses.stopIfAlive(dir.resolve("redis.pid"), "redis-server", Duration.ofSeconds(10));
        // a free port can be taken by another process (a parallel build) before redis-server binds it: with a port
        // of our choosing, try another one
        int attempts = port == 0 ? 3 : 1;
        IOException failure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                RedisServer server = new RedisServer(dir, dataDir == null, Ports.freeIfZero(port));
                server.process.start();
                log.info("Embedded Redis on port {} ({}) started in {} ms", server.port,
                        dataDir == null ? "no persistence" : "data in " + dir, (System.nanoTime() - started) / 1_000_000);
                return server;
            } catch (IOException e) {
                failure = e;
                log.warn("embedded Redis did not start (attempt {} of {}): {}", attempt, attempts, e.getMessage());
            }
        }
        throw new UncheckedIOException("could not start embedded Redis", failure);
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process.isActive();
    }

    /** Stops the server (gracefully: the append-only file is flushed); the port stays reserved for {@link #restart()}. */
    public synchronized void stop() {
        if (!process.isActive()) {
            return;
        }
        try {
            process.stop();
            Ports.awaitClosed(HOST, port, Duration.ofSeconds(10));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server again on the same port with the same data directory. */
    public synchronized void restart() {
        stop();
        try {
            process.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not restart embedded Redis", e);
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (tempDir) {
            Files2.deleteQuietly(dataDir);
        }
    }
}
