package com.xcord.deploy.observability;

import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * promtool, taken from Debian's {@code prometheus} package: a fresh machine has only the JDK, and CI reaches Maven
 * Central and Debian's mirror but not GitHub's releases. The .deb is pinned by version and SHA-256, downloaded once
 * into deploy/target, and {@code usr/bin/promtool} (a Go binary needing only libc) is extracted beside it.
 *
 * <p>When Debian publishes a new point release of bookworm the pool drops this version: the download then fails with
 * a 404 and the message below says how to pin the new one.
 */
final class Promtool {

    static final String VERSION = "2.42.0+ds-5+deb12u1";
    static final String DEB_URL = "https://deb.debian.org/debian/pool/main/p/prometheus/prometheus_"
            + VERSION + "_amd64.deb";
    static final String DEB_SHA256 = "81d59a24fce84f7fbe97a45a4f2914b6a5881b5cd1db2a6a0e129e515e1a5f55";

    private static final Path CACHE = ObservabilityFiles.TARGET.resolve("promtool/" + VERSION);
    private static final String ENTRY = "usr/bin/promtool";

    private final Path binary;

    private Promtool(Path binary) {
        this.binary = binary;
    }

    /** The cached promtool, downloading and extracting it first if needed; fails (never skips) saying why not. */
    static synchronized Promtool obtain() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("promtool is taken from Debian's prometheus package for linux/amd64 (the "
                    + "machines of this project and CI); this is " + os + "/" + arch);
        }
        Path binary = CACHE.resolve("promtool");
        if (!Files.isExecutable(binary)) {
            try {
                Path deb = download();
                extract(deb, binary);
            } catch (IOException e) {
                throw new IllegalStateException("could not obtain promtool from " + DEB_URL + ": " + e
                        + ". CI must reach deb.debian.org. If Debian replaced the package (HTTP 404 after a point "
                        + "release), pin the new one in " + Promtool.class.getSimpleName() + ": VERSION and DEB_SHA256 "
                        + "from `apt-get update && apt-cache show prometheus` (Version, SHA256) on bookworm.", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while downloading promtool", e);
            }
        }
        return new Promtool(binary);
    }

    /** Runs promtool with the arguments; the result carries its exit code and everything it printed. */
    Result run(Path workingDirectory, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("promtool did not finish: " + command);
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private static Path download() throws IOException, InterruptedException {
        Path deb = CACHE.resolve("prometheus_" + VERSION + "_amd64.deb");
        if (Files.exists(deb) && DEB_SHA256.equals(sha256(deb))) {
            return deb;
        }
        Files.createDirectories(CACHE);
        Path partial = CACHE.resolve(deb.getFileName() + ".part");
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
        HttpResponse<Path> response = client.send(
                HttpRequest.newBuilder(URI.create(DEB_URL)).timeout(Duration.ofMinutes(5)).GET().build(),
                HttpResponse.BodyHandlers.ofFile(partial));
        if (response.statusCode() != 200) {
            Files.deleteIfExists(partial);
            throw new IOException("HTTP " + response.statusCode());
        }
        String actual = sha256(partial);
        if (!DEB_SHA256.equals(actual)) {
            Files.deleteIfExists(partial);
            throw new IOException("SHA-256 " + actual + ", expected " + DEB_SHA256);
        }
        return Files.move(partial, deb, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A .deb is an ar archive; its data.tar.xz holds the files as installed, paths starting with "./". */
    private static void extract(Path deb, Path binary) throws IOException {
        try (ArArchiveInputStream ar = new ArArchiveInputStream(new BufferedInputStream(Files.newInputStream(deb)))) {
            for (ArArchiveEntry member = ar.getNextEntry(); member != null; member = ar.getNextEntry()) {
                if (member.getName().equals("data.tar.xz")) {
                    extractFromData(new XZCompressorInputStream(ar), binary);
                    return;
                }
            }
        }
        throw new IOException(deb + " has no data.tar.xz");
    }

    private static void extractFromData(InputStream xz, Path binary) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(xz);
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            if (entry.getName().replaceFirst("^\\./", "").equals(ENTRY)) {
                Path partial = binary.resolveSibling("promtool.part");
                Files.copy(tar, partial, StandardCopyOption.REPLACE_EXISTING);
                if (!partial.toFile().setExecutable(true)) {
                    throw new IOException("cannot make " + partial + " executable");
                }
                Files.move(partial, binary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
        }
        throw new IOException("the package has no " + ENTRY);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
