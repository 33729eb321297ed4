package com.xcord.devstack;

import com.xcord.devstack.ServiceCatalog.BuiltService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One service running as its own JVM, its output copied to the console under its name.
 *
 * <p>Where {@code setsid} exists the JVM runs in a session of its own: a Ctrl-C in the terminal then
 * reaches only the launcher, which stops the services before the infrastructure they depend on
 * (otherwise every process would get the SIGINT at once and the services would log errors about a
 * database that went away under them). {@code setsid} execs the JVM in place (it forks only when
 * started as a process group leader, which a child of the launcher is not), so the pid is the JVM's.
 */
final class ServiceProcess {

    /**
     * Low-footprint defaults for a fleet of ten JVMs on one machine; C2 stays on, so what is measured
     * against the fleet is representative. Measured on auth-service after 80 requests (JDK 17):
     * without {@code -Xms} the initial heap is 1/64 of the machine's RAM, capped at -Xmx, so the whole
     * 256 MB heap was committed and touched (RSS ~400 MB); with {@code -Xms32m} it grows as needed
     * (RSS ~300 MB). C1 only would save another ~50 MB but distort every benchmark. The code cache is
     * only reserved, not resident, until used (15 MB after startup); 128 MB keeps a long load test away
     * from "CodeCache is full, compiler disabled".
     */
    static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-Xss512k",
            "-Xms32m",
            "-Xmx256m",
            "-XX:MaxMetaspaceSize=192m",
            "-XX:ReservedCodeCacheSize=128m",
            "-XX:MaxDirectMemorySize=128m",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8");

    private static final Optional<Path> SETSID = Optional.of(Path.of("/usr/bin/setsid"))
            .filter(Files::isExecutable).or(() -> Optional.of(Path.of("/bin/setsid")).filter(Files::isExecutable));

    private final BuiltService service;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;
    private final LogPrefixer log;
    private final RecentLines recent = new RecentLines(40);
    private final Path runDir;
    private volatile Process process;

    /** {@code runDir}: where the jar is pinned while it runs (see {@link JarPinning}). */
    ServiceProcess(BuiltService service, List<String> jvmOptions, Map<String, String> environment, LogPrefixer log, Path runDir) {
        this.service = service;
        this.runDir = runDir;
        this.jvmOptions = jvmOptions;
        this.environment = environment;
        this.log = log;
    }

    String name() {
        return service.name();
    }

    ServiceDefinition definition() {
        return service.definition();
    }

    List<String> command(Path jar) {
        List<String> command = new ArrayList<>();
        SETSID.ifPresent(setsid -> command.add(setsid.toString()));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        return command;
    }

    /** Starts the JVM (again, after a crash: then from the jar as it is built now). */
    synchronized void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(JarPinning.pin(service.jar(), runDir, name())))
                .directory(service.jar().getParent().getParent().toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process started = builder.start();
        started.getOutputStream().close();
        log.pump(name(), started.getInputStream(), recent);
        process = started;
    }

    boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    Optional<ProcessHandle> handle() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    int exitCode() {
        return process.exitValue();
    }

    List<String> lastLines() {
        return recent.snapshot();
    }

    /**
     * SIGTERM (Spring shuts down gracefully), then SIGKILL after {@code grace}; the same for every
     * process the service started, which is looked up first because an orphan is no longer a
     * descendant.
     */
    void stop(Duration grace) {
        Process current = process;
        if (current == null) {
            return;
        }
        stop(current.toHandle(), grace);
    }

    static void stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(0, root);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : tree) {
            if (!awaitExit(p, deadline)) {
                p.destroyForcibly();
            }
        }
        long killed = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (ProcessHandle p : tree) {
            if (p.isAlive()) {
                p.destroyForcibly();
                // SIGKILL cannot be refused; the kernel only needs a moment
                awaitExit(p, killed);
            }
        }
    }

    /**
     * Polls rather than {@code onExit()}: for a process that is not our child (a service's own
     * children) the JDK notices an exit only after a slow back-off.
     */
    private static boolean awaitExit(ProcessHandle process, long deadline) {
        while (process.isAlive()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return true;
    }
}
