package com.xcord.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File helpers shared by the embedded servers. */
final class Files2 {

    private Files2() {
    }

    /** The given directory (created if needed), or a fresh temp directory when {@code dir} is null. */
    static Path dirOrTemp(Path dir, String tempPrefix) {
        try {
            return dir != null ? Files.createDirectories(dir.toAbsolutePath()) : Files.createTempDirectory(tempPrefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Best effort: a leftover temp directory must not fail a test run. */
    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // leave it to the OS temp cleaner
        }
    }
}
