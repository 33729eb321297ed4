package com.xcord.imagebase;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The services' Java runtime: {@code jlink} of the JDK that runs the build, cut down to the modules the fleet uses.
 */
final class JavaRuntime {

    /**
     * What the services and the OpenTelemetry agent load. {@code jdeps --print-module-deps} over every service's
     * dependencies gives java.base, java.compiler, java.desktop (java.beans, which Spring uses), java.instrument,
     * java.net.http, java.prefs, java.scripting, java.security.jgss, java.security.sasl (Kafka), java.sql.rowset,
     * jdk.jfr, jdk.management, jdk.net and jdk.unsupported (Netty); the rest is what jdeps cannot see because it is
     * loaded by name: the EC provider (TLS, ES256), the extra charsets, zipfs, DNS naming. A module the build JDK does
     * not have (jdk.crypto.ec became part of java.base in JDK 22) is left out.
     */
    static final List<String> MODULES = List.of(
            "java.base", "java.compiler", "java.desktop", "java.instrument", "java.logging", "java.management",
            "java.naming", "java.net.http", "java.prefs", "java.scripting", "java.security.jgss", "java.security.sasl",
            "java.sql", "java.sql.rowset", "java.transaction.xa", "java.xml",
            "jdk.charsets", "jdk.crypto.ec", "jdk.jfr", "jdk.management", "jdk.naming.dns", "jdk.net",
            "jdk.unsupported", "jdk.zipfs");

    private JavaRuntime() {
    }

    /** Links the runtime into {@code output} (which must not exist) and returns it. */
    static Path link(Path output) {
        Set<String> available = ModuleFinder.ofSystem().findAll().stream()
                .map(ModuleReference::descriptor).map(d -> d.name()).collect(Collectors.toSet());
        String modules = MODULES.stream().filter(available::contains).collect(Collectors.joining(","));
        ToolProvider jlink = ToolProvider.findFirst("jlink")
                .orElseThrow(() -> new IllegalStateException("the build must run on a JDK with jlink, not on a JRE"));
        List<String> args = List.of("--add-modules", modules, "--output", output.toString(),
                "--strip-debug", "--no-man-pages", "--no-header-files", "--compress=2",
                // the JDK's class data sharing archive: every JVM in the image (the app, each healthcheck) starts faster
                "--generate-cds-archive");
        run(jlink, args);
        // only used above 32 GB of heap (no compressed oops), where a service never runs: 11 MB saved
        delete(output.resolve("lib/server/classes_nocoops.jsa"));
        return output;
    }

    /** The runtime's ELF files: its launchers and shared libraries. */
    static List<Path> nativeFiles(Path runtime) {
        try (Stream<Path> files = Files.walk(runtime)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getParent().getFileName().toString().equals("bin") || f.toString().endsWith(".so"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(ToolProvider tool, List<String> args) {
        StringWriter out = new StringWriter();
        int status = tool.run(new PrintWriter(out, true), new PrintWriter(out, true), args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException(tool.name() + " " + String.join(" ", args) + " failed (" + status + "):\n" + out);
        }
    }
}
