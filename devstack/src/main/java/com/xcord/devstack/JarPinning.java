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
 *
 * <p>The link is named after the process, not the jar: replicas of realtime-service run the same jar and
 * start in parallel, and one re-pinning the shared name could remove it just before the other's JVM opens it.
 */
final class JarPinning {

    private JarPinning() {
    }

    /** Links {@code jar} as {@code <runDir>/<name>.jar}, replacing the link of an earlier run of {@code name}. */
    static Path pin(Path jar, Path runDir, String name) {
        try {
            Files.createDirectories(runDir);
            Path pinned = runDir.resolve(name + ".jar");
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
