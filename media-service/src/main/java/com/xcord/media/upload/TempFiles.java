package com.xcord.media.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Temporary files for uploads on their way: created private, always deleted in a finally. */
final class TempFiles {

    private TempFiles() {
    }

    static Path create() {
        try {
            return Files.createTempFile("xcord-upload-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the OS cleans its temp directory; a leftover must not fail the request
        }
    }
}
