package com.xcord.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the programs of the RTMP ingest (nginx and its RTMP module, plus ffmpeg for tests that publish) and, where
 * they are missing, provisions them: as root on a machine with {@code apt-get} it installs Debian's packages
 * ({@code apt-get update} first, non-interactive), unless {@code XCORD_TEST_NO_INSTALL} is set; anywhere else it
 * fails with the exact command to run. Never skips: a test that needs the real ingest gets it or says why not.
 */
public final class IngestTools {

    /** What a developer or CI image runs once. */
    public static final String INSTALL_COMMAND = "sudo apt-get install -y nginx libnginx-mod-rtmp ffmpeg";

    private static final Logger log = LoggerFactory.getLogger(IngestTools.class);
    private static final List<String> PACKAGES = List.of("nginx", "libnginx-mod-rtmp", "ffmpeg");
    private static final List<Path> NGINX = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/local/sbin/nginx"),
            Path.of("/usr/local/nginx/sbin/nginx"));
    private static final List<Path> RTMP_MODULE = List.of(Path.of("/usr/lib/nginx/modules/ngx_rtmp_module.so"),
            Path.of("/usr/local/lib/nginx/modules/ngx_rtmp_module.so"));
    private static final List<Path> FFMPEG = List.of(Path.of("/usr/bin/ffmpeg"), Path.of("/usr/local/bin/ffmpeg"));

    /** nginx and the RTMP module it loads. */
    public record Nginx(Path binary, Path rtmpModule) {
    }

    private IngestTools() {
    }

    /** nginx with the RTMP module, if installed (the launcher's check: it never installs). */
    public static Optional<Nginx> installedNginx() {
        Optional<Path> binary = env("XCORD_NGINX").or(() -> first(NGINX));
        Optional<Path> module = env("XCORD_NGINX_RTMP_MODULE").or(() -> first(RTMP_MODULE));
        return binary.isPresent() && module.isPresent() ? Optional.of(new Nginx(binary.get(), module.get()))
                : Optional.empty();
    }

    public static Optional<Path> installedFfmpeg() {
        return env("XCORD_FFMPEG").or(() -> first(FFMPEG));
    }

    /** nginx with the RTMP module, installed now if missing and allowed; otherwise an error naming the command. */
    public static synchronized Nginx provisionNginx() {
        return installedNginx().orElseGet(() -> {
            install("nginx with its RTMP module");
            return installedNginx().orElseThrow(() -> missing("nginx with its RTMP module (after installing)"));
        });
    }

    /** ffmpeg, installed now if missing and allowed. */
    public static synchronized Path provisionFfmpeg() {
        return installedFfmpeg().orElseGet(() -> {
            install("ffmpeg");
            return installedFfmpeg().orElseThrow(() -> missing("ffmpeg (after installing)"));
        });
    }

    private static void install(String what) {
        if (System.getenv("XCORD_TEST_NO_INSTALL") != null) {
            throw missing(what + "; XCORD_TEST_NO_INSTALL forbids installing it");
        }
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            throw missing(what);
        }
        log.info("{} is missing: installing {} with apt-get (once per machine)", what, PACKAGES);
        run(List.of("apt-get", "update", "-qq"));
        run(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends", PACKAGES.get(0), PACKAGES.get(1),
                PACKAGES.get(2)));
    }

    private static void run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw missing("the ingest's packages (" + String.join(" ", command) + " failed)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static IllegalStateException missing(String what) {
        return new IllegalStateException("The real RTMP ingest needs " + what + ". Install it with: " + INSTALL_COMMAND
                + " (or point XCORD_NGINX, XCORD_NGINX_RTMP_MODULE and XCORD_FFMPEG at your own builds)");
    }

    private static Optional<Path> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    private static Optional<Path> first(List<Path> candidates) {
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }
}
