package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTests {

    @TempDir
    Path dir;

    @Test
    void stopEndsTheProcessAndEverythingItStarted() throws IOException {
        Process parent = new ProcessBuilder("sh", "-c", "sleep 300 & sleep 300 & wait").start();
        List<ProcessHandle> children = awaitChildren(parent, 2);

        ServiceProcess.stop(parent.toHandle(), Duration.ofSeconds(5));

        assertThat(parent.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void aProcessThatIgnoresSigtermIsKilledAfterTheGracePeriod() throws IOException {
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 300 & wait").start();
        List<ProcessHandle> children = awaitChildren(stubborn, 1);
        long started = System.nanoTime();

        ServiceProcess.stop(stubborn.toHandle(), Duration.ofMillis(300));

        assertThat(stubborn.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void startsTheJarWithTheLowMemoryOptionsInItsOwnSession() {
        ServiceProcess process = new ServiceProcess(new ServiceCatalog.BuiltService(ServiceCatalog.find("auth-service").orElseThrow(),
                dir.resolve("auth-service/target/auth-service.jar")), ServiceProcess.DEFAULT_JVM_OPTIONS, java.util.Map.of(),
                new LogPrefixer(System.out, 8, false), dir.resolve(".xcord/run"));
        assertThat(process.command(dir.resolve(".xcord/run/auth-service.jar"))).containsSubsequence(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:+UseSerialGC", "-jar", dir.resolve(".xcord/run/auth-service.jar").toString());
    }

    @Test
    void aRunningJarIsPinnedSoARebuildDoesNotChangeItUnderTheService() throws IOException {
        Path built = dir.resolve("auth-service/target/auth-service.jar");
        java.nio.file.Files.createDirectories(built.getParent());
        java.nio.file.Files.writeString(built, "build 1");
        Path pinned = JarPinning.pin(built, dir.resolve(".xcord/run"), "auth-service");

        // what Maven and Spring Boot's repackage do: a new file in place of the old one
        Path next = built.resolveSibling("next.jar");
        java.nio.file.Files.writeString(next, "build 2");
        java.nio.file.Files.move(next, built, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(pinned).hasContent("build 1");
        assertThat(JarPinning.pin(built, dir.resolve(".xcord/run"), "auth-service")).hasContent("build 2");
    }

    @Test
    void leftoversOfAKilledLauncherAreStoppedOnTheNextRun() throws IOException, InterruptedException {
        Process orphan = new ProcessBuilder("sleep", "300").start();
        LeftoverServices leftovers = new LeftoverServices(dir);
        leftovers.record(java.util.Map.of("feed-service", orphan.toHandle()));

        assertThat(new LeftoverServices(dir).stopAll(line -> { })).isEqualTo(1);
        // stopAll saw it gone; the JDK's reaper records the exit of its Process object a moment later
        assertThat(orphan.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(new LeftoverServices(dir).stopAll(line -> { })).isZero();
    }

    private static List<ProcessHandle> awaitChildren(Process parent, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<ProcessHandle> children = parent.descendants().toList();
        while (children.size() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            children = parent.descendants().toList();
        }
        assertThat(children).hasSize(count);
        return children;
    }
}
