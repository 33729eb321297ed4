package com.xcord.deploy.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs what is inside an image, without a container runtime: the image's Java runtime, shell and healthcheck,
 * extracted from the gateway's tar and started through the image's own dynamic loader with the image's libraries
 * only (no chroot, no privileges). Every image has the same base layers, so one stands for all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageRunsTests {

    @TempDir
    static Path work;

    private Path root;
    private Path loader;
    private String imageLibraries;

    @BeforeAll
    void extractTheBase() throws IOException {
        Path tar = ServiceImages.ALL.get(0).tar();
        assertThat(tar).as("built by jib:buildTar at package (run ./mvnw verify from the root)").isRegularFile();
        root = Files.createDirectory(work.resolve("rootfs"));
        // the base layers only: the service's own jars are not needed to run java, sh and the healthcheck
        ImageTar.extract(tar, root, path -> !path.startsWith("app") && !path.startsWith("opt/otel"));
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            loader = all.stream().filter(f -> f.getFileName().toString().startsWith("ld-linux")).findFirst()
                    .orElseThrow(() -> new AssertionError("the image has no dynamic loader"));
            imageLibraries = all.stream().filter(f -> !root.relativize(f).startsWith("opt"))
                    .filter(f -> f.getFileName().toString().matches(".+\\.so(\\.\\d+)*"))
                    .map(f -> f.getParent().toString()).distinct().sorted().collect(Collectors.joining(":"));
        }
    }

    @Test
    void theJavaRuntimeRuns() {
        Result java = inImage(root + "/opt/java/bin/java", "-XshowSettings:properties", "-version");
        assertThat(java.status()).as(java.output()).isZero();
        assertThat(java.output()).contains("java.home = " + root.resolve("opt/java"));
        System.out.println("[image] " + java.output().lines().filter(l -> l.contains("java.runtime.version"))
                .findFirst().orElse("").trim());
    }

    /** No library comes from the build host: each one the runtime and the shell need is in the image. */
    @Test
    void everyNativeLibraryResolvesInsideTheImage() throws IOException {
        List<Path> natives;
        try (Stream<Path> files = Files.walk(root)) {
            natives = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".so") || f.getParent().endsWith("bin"))
                    .filter(f -> !f.getParent().endsWith("opt/xcord/bin")).sorted().toList();
        }
        assertThat(natives).isNotEmpty();
        String withRuntime = imageLibraries + ":" + root.resolve("opt/java/lib") + ":" + root.resolve("opt/java/lib/server");
        for (Path elf : natives) {
            Result list = run(loader.toString(), "--inhibit-cache", "--library-path", withRuntime, "--list", elf.toString());
            assertThat(list.status()).as("%s:%n%s", elf, list.output()).isZero();
            assertThat(list.output()).as(elf.toString()).doesNotContain("not found");
            for (String line : list.output().lines().filter(l -> l.contains("=>")).toList()) {
                assertThat(line.split("=>")[1].trim()).as("%s needs %s", root.relativize(elf), line.trim())
                        .startsWith(root.toString());
            }
        }
    }

    @Test
    void theScriptsParseInTheImagesShell() {
        for (String script : List.of("start", "healthcheck")) {
            Result check = inImage(root + "/bin/sh", "-n", root + "/opt/xcord/bin/" + script);
            assertThat(check.status()).as("sh -n %s: %s", script, check.output()).isZero();
        }
    }

    @Test
    void theHealthcheckPassesOnlyOn2xx() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/actuator/health/liveness", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/actuator/health/readiness", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Result up = healthcheck(base + "/actuator/health/liveness");
            assertThat(up.status()).as(up.output()).isZero();
            assertThat(healthcheck(base + "/actuator/health/readiness").status()).isEqualTo(1);
            assertThat(healthcheck("http://127.0.0.1:" + closedPort() + "/actuator/health/liveness").status()).isEqualTo(1);
        } finally {
            server.stop(0);
        }
    }

    /** The java command line of the image's healthcheck script, with the image's paths under the extracted root. */
    private Result healthcheck(String url) {
        String script = read(root.resolve("opt/xcord/bin/healthcheck")).replace("\\\n", " ");
        Matcher exec = Pattern.compile("exec /opt/java/bin/java (.+?) -cp (\\S+) (\\S+) \"\\$@\"").matcher(script);
        assertThat(exec.find()).as("the healthcheck script runs java -cp <dir> <class>").isTrue();
        List<String> command = new ArrayList<>(List.of(root + "/opt/java/bin/java"));
        command.addAll(Arrays.asList(exec.group(1).trim().split("\\s+")));
        command.addAll(List.of("-cp", root + exec.group(2), exec.group(3), url));
        long start = System.nanoTime();
        Result result = inImage(command.toArray(String[]::new));
        System.out.printf("[image] healthcheck %s: exit %d in %d ms%n", url, result.status(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        return result;
    }

    private Result inImage(String... command) {
        List<String> full = new ArrayList<>(List.of(loader.toString(), "--inhibit-cache", "--library-path", imageLibraries));
        full.addAll(List.of(command));
        return run(full.toArray(String[]::new));
    }

    private record Result(int status, String output) {
    }

    private static Result run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
