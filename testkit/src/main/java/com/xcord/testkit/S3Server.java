package com.xcord.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real S3 API server: Adobe's S3Mock executable jar ({@code com.adobe.testing:s3mock}, classifier {@code exec}, a
 * Spring Boot application of its own) run as a child process, the way {@link ServiceJar} runs our services — its
 * README advises against embedding it in-process (its own Spring Boot and dependencies would meet ours). Plain HTTP
 * on 127.0.0.1; any access key and secret are accepted. {@link #stop()} and {@link #restart()} keep the port and the
 * data, so tests can simulate "storage is down".
 */
public final class S3Server implements AutoCloseable {

    /** Credentials S3Mock accepts (it accepts any); clients must still sign, so they need some. */
    public static final String ACCESS_KEY = "xcord";
    public static final String SECRET_KEY = "xcord-secret";
    public static final String REGION = "us-east-1";
    static final String JAR_RESOURCE = "BOOT-INF/classes/com/adobe/testing/s3mock/S3MockApplication.class";

    private static final Logger log = LoggerFactory.getLogger(S3Server.class);
    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path jar;
    private final Path dataDir;
    private final boolean tempDir;
    private final int port;
    private Process process;

    private S3Server(Path jar, Path dataDir, boolean tempDir, int port) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.tempDir = tempDir;
        this.port = port;
    }

    /**
     * @param dataDir null for a temp directory deleted at {@link #close()}; otherwise objects are kept there across
     *                restarts (the buckets and objects of {@code ./xcord up})
     * @param port    0 for a free port
     */
    public static S3Server start(Path dataDir, int port) {
        long started = System.nanoTime();
        Path dir = Files2.dirOrTemp(dataDir, "xcord-s3");
        OrphanProcesses.stopIfAlive(dir.resolve("s3mock.pid"), "java", Duration.ofSeconds(15));
        S3Server server = new S3Server(locateJar(dir), dir, dataDir == null, Ports.freeIfZero(port));
        server.launch();
        log.info("S3 server (S3Mock) on port {} ({}) started in {} ms", server.port,
                dataDir == null ? "temporary data" : "data in " + dir, (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    public String endpoint() {
        return "http://" + HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the server (SIGTERM, then SIGKILL); objects stay on disk and the port is free for {@link #restart()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
        Ports.awaitClosed(HOST, port, Duration.ofSeconds(10));
    }

    /** Starts the server again on the same port with the same objects. */
    public synchronized void restart() {
        stop();
        launch();
    }

    @Override
    public synchronized void close() {
        stop();
        if (tempDir) {
            Files2.deleteQuietly(dataDir);
        }
    }

    private synchronized void launch() {
        Path objects = dataDir.resolve("objects");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx192m", "-Xms32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString(),
                "--com.adobe.testing.s3mock.http-port=" + port,
                // S3Mock also serves HTTPS on server.port (9191 by default): a free one, so parallel runs never collide
                "--server.port=0",
                "--server.address=" + HOST,
                "--com.adobe.testing.s3mock.store.root=" + objects,
                "--com.adobe.testing.s3mock.store.retain-files-on-exit=true",
                "--com.adobe.testing.s3mock.store.region=" + REGION,
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("s3mock.log").toFile()));
        try {
            Files.createDirectories(objects);
            process = builder.start();
            Files.writeString(dataDir.resolve("s3mock.pid"), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start S3Mock from " + jar, e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Ports.isListening(HOST, port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock exited with " + process.exitValue() + "; see " + dataDir.resolve("s3mock.log"));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("S3Mock did not listen on " + port + " within " + START_TIMEOUT);
            }
            Ports.sleep(100);
        }
    }

    /**
     * The executable jar, found through the classpath (testkit depends on it): a plain file in the local Maven
     * repository under the tests, a jar nested in devstack's executable jar under {@code ./xcord up} — then copied
     * out once next to the data, since {@code java -jar} needs a file.
     */
    static Path locateJar(Path dataDir) {
        URL resource = S3Server.class.getClassLoader().getResource(JAR_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException("S3Mock's executable jar (com.adobe.testing:s3mock:exec) is not on the classpath");
        }
        try {
            URL jarUrl = ((JarURLConnection) resource.openConnection()).getJarFileURL();
            if (jarUrl.getProtocol().equals("file")) {
                return Path.of(jarUrl.toURI());
            }
            Path copy = dataDir.resolve("s3mock-exec.jar");
            long size = jarUrl.openConnection().getContentLengthLong();
            if (!Files.isRegularFile(copy) || Files.size(copy) != size) {
                Path partial = dataDir.resolve("s3mock-exec.jar.partial");
                try (InputStream in = jarUrl.openStream()) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read S3Mock's jar at " + resource, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
