package com.xcord.devstack;

import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code ./xcord reset [--yes]}: deletes the data directory (every user, message, key and password). */
final class ResetCommand {

    private final Settings settings;
    private final LogPrefixer log;

    ResetCommand(Settings settings, LogPrefixer log) {
        this.settings = settings;
        this.log = log;
    }

    int run(List<String> args) {
        boolean yes = args.contains("--yes") || args.contains("-y");
        Path data = settings.dataDir();
        if (!Files.exists(data)) {
            say("nothing to reset: " + data + " does not exist");
            return 0;
        }
        if (!looksLikeOurs(data)) {
            say("refusing to delete " + data + ": it does not look like an XCORD data directory");
            return 1;
        }
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(data);
        if (lock.isEmpty()) {
            say("./xcord up is running with this data; stop it first");
            return 1;
        }
        try (InstanceLock held = lock.get()) {
            if (!yes && !confirmed(data)) {
                say("not deleted");
                return 1;
            }
            deleteRecursively(data);
        }
        say("deleted " + data);
        return 0;
    }

    /** The launcher's own files are there (or nothing is): never wipe a directory XCORD_DATA_DIR pointed at by mistake. */
    static boolean looksLikeOurs(Path data) {
        try (Stream<Path> entries = Files.list(data)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            return names.isEmpty() || names.contains("devstack.lock") || names.contains("secrets.properties")
                    || names.contains("postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean confirmed(Path data) {
        Console console = System.console();
        if (console == null) {
            say("no terminal to confirm on: run ./xcord reset --yes to delete " + data);
            return false;
        }
        String answer = console.readLine("Delete %s and every user, message and key in it? [y/N] ", data);
        return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void say(String message) {
        log.print(LogPrefixer.DEVSTACK, message);
    }
}
