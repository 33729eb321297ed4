package com.xcord.imagebase;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Platform;
import com.xcord.imagebase.HostLibraries.Needed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes {@code target/base-image.tar}, the image every service image starts from, without a registry or a Docker
 * engine: nothing is pulled, everything comes from the build host (its JDK, its C libraries, its {@code dash}) and
 * from Maven Central (the OpenTelemetry agent). Run by the module's build:
 * {@code BaseImageBuilder <module dir> <target dir> <version>}.
 *
 * <p>Four layers, least to most often changed: the system files (dynamic loader, libc and friends, {@code /bin/sh},
 * the nonroot user), the Java runtime, the OpenTelemetry agent, XCORD's scripts. Jib writes them reproducibly (fixed
 * timestamps, sorted entries), so the same inputs give the same layer digests and a registry stores each layer once
 * for the whole fleet.
 */
public final class BaseImageBuilder {

    static final String NONROOT = "65532:65532";
    private static final AbsoluteUnixPath JAVA_HOME = AbsoluteUnixPath.get("/opt/java");
    private static final Instant FILE_TIME = FileEntriesLayer.DEFAULT_MODIFICATION_TIME;

    private final Path module;
    private final Path target;
    private final String version;

    BaseImageBuilder(Path module, Path target, String version) {
        this.module = module;
        this.target = target;
        this.version = version;
    }

    public static void main(String[] args) throws Exception {
        Instant start = Instant.now();
        BaseImageBuilder builder = new BaseImageBuilder(Path.of(args[0]), Path.of(args[1]), args[2]);
        if (builder.upToDate()) {
            System.out.println("[image-base] " + builder.tar() + " is up to date");
            return;
        }
        Path tar = builder.build();
        System.out.printf("[image-base] %s: %d MB in %.1f s%n", tar, Files.size(tar) / (1024 * 1024),
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    Path build() throws Exception {
        Path staging = target.resolve("base-image");
        deleteRecursively(staging);
        Path runtime = JavaRuntime.link(staging.resolve("java"));
        Map<AbsoluteUnixPath, Path> libraries = librariesOf(runtime);

        Path tar = tar();
        JibContainer image = Jib.fromScratch()
                .setPlatforms(Set.of(new Platform(architecture(), "linux")))
                .setFormat(ImageFormat.Docker)
                .addFileEntriesLayer(systemLayer(libraries, staging))
                .addFileEntriesLayer(directoryLayer("java runtime", runtime, JAVA_HOME))
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("opentelemetry agent")
                        .addEntry(target.resolve("otel/opentelemetry-javaagent.jar"),
                                AbsoluteUnixPath.get("/opt/otel/opentelemetry-javaagent.jar"),
                                FilePermissions.DEFAULT_FILE_PERMISSIONS, FILE_TIME)
                        .build())
                .addFileEntriesLayer(xcordLayer())
                .setEnvironment(environment())
                .setUser(NONROOT)
                .setWorkingDirectory(AbsoluteUnixPath.get("/home/nonroot"))
                .setEntrypoint(List.of("/opt/xcord/bin/start"))
                .setLabels(Map.of(
                        "org.opencontainers.image.title", "xcord-base",
                        "org.opencontainers.image.version", version))
                .setCreationTime(Instant.EPOCH)
                .containerize(Containerizer.to(TarImage.at(tar).named("xcord/base:" + version))
                        .setOfflineMode(true)
                        .setBaseImageLayersCache(target.resolve("jib-cache"))
                        .setApplicationLayersCache(target.resolve("jib-cache"))
                        .setToolName("xcord-image-base"));
        System.out.println("[image-base] " + image.getDigest() + ", libraries from the build host: "
                + libraries.keySet());
        return tar;
    }

    Path tar() {
        return target.resolve("base-image.tar");
    }

    /**
     * Whether the tar is newer than everything it is made of: this module, the root pom (the version), the agent, the
     * JDK, and the host's libraries (apt runs ldconfig, which rewrites /etc/ld.so.cache, whenever it installs one). A
     * rebuild of the reactor then skips the 20-odd seconds of jlink and compression.
     */
    boolean upToDate() throws IOException {
        Path tar = tar();
        if (!Files.isRegularFile(tar)) {
            return false;
        }
        List<Path> inputs = new ArrayList<>(List.of(module.resolve("pom.xml"), module.getParent().resolve("pom.xml"),
                target.resolve("otel/opentelemetry-javaagent.jar"), Path.of(System.getProperty("java.home"), "release"),
                Path.of("/etc/ld.so.cache"), dash()));
        try (Stream<Path> sources = Files.walk(module.resolve("src"))) {
            sources.forEach(inputs::add);
        }
        long built = Files.getLastModifiedTime(tar).toMillis();
        for (Path input : inputs) {
            if (Files.exists(input) && Files.getLastModifiedTime(input.toRealPath()).toMillis() >= built) {
                return false;
            }
        }
        return true;
    }

    /**
     * The host libraries the runtime needs, by their path in the image (the path the host's loader found them at,
     * which is on the loader's default search path). Runtime libraries that need more than the launcher, the JVM and
     * the shell do (AWT's X11, font and image natives of java.desktop) are deleted: a service never loads them, and
     * keeping them would drag X11 and freetype into every image.
     */
    private Map<AbsoluteUnixPath, Path> librariesOf(Path runtime) {
        List<Path> natives = new ArrayList<>(JavaRuntime.nativeFiles(runtime));
        Set<String> inRuntime = natives.stream().map(p -> p.getFileName().toString()).collect(Collectors.toCollection(HashSet::new));
        List<Needed> core = new ArrayList<>();
        core.addAll(HostLibraries.of(runtime.resolve("bin/java")));
        core.addAll(HostLibraries.of(runtime.resolve("lib/server/libjvm.so")));
        core.addAll(HostLibraries.of(dash()));
        core.removeIf(n -> !n.found() || inRuntime.contains(n.name()));  // libjli.so, libjvm.so come with the runtime
        Set<String> coreNames = core.stream().map(Needed::name).collect(Collectors.toSet());

        Map<AbsoluteUnixPath, Path> libraries = new TreeMap<>(Comparator.comparing(AbsoluteUnixPath::toString));
        core.forEach(n -> libraries.put(AbsoluteUnixPath.fromPath(n.hostPath()), n.hostPath()));
        // until nothing more goes: a library that needs one left out goes too (libjawt.so needs libawt_xawt.so)
        boolean leftOut = true;
        while (leftOut) {
            leftOut = false;
            for (Path file : List.copyOf(natives)) {
                List<String> beyondCore = HostLibraries.of(file).stream()
                        .filter(n -> !inRuntime.contains(n.name()) && !coreNames.contains(n.name()))
                        .map(Needed::name).distinct().collect(Collectors.toList());
                if (!beyondCore.isEmpty()) {
                    System.out.println("[image-base] headless runtime: left out " + runtime.relativize(file)
                            + " (needs " + String.join(", ", beyondCore) + ")");
                    JavaRuntime.delete(file);
                    natives.remove(file);
                    inRuntime.remove(file.getFileName().toString());
                    leftOut = true;
                }
            }
        }
        return libraries;
    }

    private FileEntriesLayer systemLayer(Map<AbsoluteUnixPath, Path> libraries, Path staging) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("system");
        // copied by content: the host's names are symlinks (libc.so.6 -> ...), the image has the file under that name
        libraries.forEach((inImage, host) ->
                layer.addEntry(realPath(host), inImage, FilePermissions.fromOctalString("755"), FILE_TIME));
        layer.addEntry(realPath(dash()), AbsoluteUnixPath.get("/bin/sh"), FilePermissions.fromOctalString("755"), FILE_TIME);
        // glibc's C.UTF-8 locale, so that LANG=C.UTF-8 holds: Java 17 takes its default and file-name encodings from it
        // (without it they are ASCII)
        Path locale = Path.of("/usr/lib/locale/C.utf8");
        if (!Files.isDirectory(locale)) {
            throw new IllegalStateException("the build host needs glibc's C.UTF-8 locale at " + locale + " (libc-bin)");
        }
        addTree(layer, locale, AbsoluteUnixPath.get(locale.toString()));
        Path etc = module.resolve("src/main/image/etc");
        try (Stream<Path> files = Files.list(etc)) {
            for (Path file : files.sorted().collect(Collectors.toList())) {
                layer.addEntry(file, AbsoluteUnixPath.get("/etc/" + file.getFileName()),
                        FilePermissions.DEFAULT_FILE_PERMISSIONS, FILE_TIME);
            }
        }
        // writable by the service's user only where it needs it: /tmp (Tomcat and Netty scratch) and its home.
        // No sticky bit on /tmp: Jib's layers carry nine permission bits, and the container has one user.
        Path emptyDirectory = Files.createDirectories(staging.resolve("empty"));
        layer.addEntry(emptyDirectory, AbsoluteUnixPath.get("/tmp"), FilePermissions.fromOctalString("777"), FILE_TIME, NONROOT);
        layer.addEntry(emptyDirectory, AbsoluteUnixPath.get("/home/nonroot"), FilePermissions.fromOctalString("755"),
                FILE_TIME, NONROOT);
        return layer.build();
    }

    /** The entrypoint and healthcheck scripts and the healthcheck's class. */
    private FileEntriesLayer xcordLayer() throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("xcord");
        Path scripts = module.resolve("src/main/image/opt/xcord/bin");
        try (Stream<Path> files = Files.list(scripts)) {
            for (Path script : files.sorted().collect(Collectors.toList())) {
                layer.addEntry(script, AbsoluteUnixPath.get("/opt/xcord/bin/" + script.getFileName()),
                        FilePermissions.fromOctalString("755"), FILE_TIME);
            }
        }
        String healthcheck = "com/xcord/imagebase/healthcheck";
        Path classes = target.resolve("classes").resolve(healthcheck);
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.sorted().collect(Collectors.toList())) {
                layer.addEntry(file, AbsoluteUnixPath.get("/opt/xcord/lib/healthcheck/" + healthcheck + "/" + file.getFileName()),
                        FilePermissions.DEFAULT_FILE_PERMISSIONS, FILE_TIME);
            }
        }
        return layer.build();
    }

    /** A directory tree with its own permissions (the runtime's launchers stay executable). */
    private static FileEntriesLayer directoryLayer(String name, Path directory, AbsoluteUnixPath inImage) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        addTree(layer, directory, inImage);
        return layer.build();
    }

    private static void addTree(FileEntriesLayer.Builder layer, Path directory, AbsoluteUnixPath inImage) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> !f.equals(directory)).sorted().collect(Collectors.toList())) {
                Path source = Files.isSymbolicLink(file) ? realPath(file) : file;
                layer.addEntry(source, inImage.resolve(directory.relativize(file).toString()),
                        FilePermissions.fromPosixFilePermissions(Files.getPosixFilePermissions(source)), FILE_TIME);
            }
        }
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PATH", JAVA_HOME + "/bin:/bin");
        environment.put("JAVA_HOME", JAVA_HOME.toString());
        // glibc's built-in UTF-8 locale: Java 17 takes file.encoding and file-name encoding from it
        environment.put("LANG", "C.UTF-8");
        return environment;
    }

    private static Path dash() {
        return Stream.of("/bin/dash", "/usr/bin/dash").map(Path::of).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("the build host needs dash (Debian's /bin/sh) for the image's shell"));
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(file);
            }
        }
    }
}
