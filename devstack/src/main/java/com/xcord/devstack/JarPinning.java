package com.xcord.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Runs a service from a hard link to its jar under {@code <data>/run/}, not from {@code target/}: a
 * developer rebuilding a module while the fleet runs would otherwise change the jar under the running
 * JVM, which loads classes lazily from it and then fails with ClassNotFoundException. Maven and Spring
 * Boot write a new file (a new inode) on every build, so the link keeps the old content for as long
 * as the service runs. Where a link is impossible (another file system) it copies.
 */
final class JarPinning {

    private JarPinning() {
    }

    static Path pin(Path jar, Path runDir) {
        try {
            Files.createDirectories(runDir);
            Path pinned = runDir.resolve(jar.getFileName());
            Files.deleteIfExists(pinned);
            try {
                Files.createLink(pinned, jar);
            } catch (IOException | UnsupportedOperationException noLink) {
                Files.copy(jar, pinned, StandardCopyOption.REPLACE_EXISTING);
            }
            return pinned;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
