package com.xcord.devstack.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The "build what is stale" step of {@code ./xcord build} and {@code ./xcord up}.
 *
 * <p>It runs before anything is built (a fresh clone has no devstack.jar yet), so the script starts it
 * in source-file mode ({@code java StaleModules.java}): this file must stay self-contained and use the
 * JDK only.
 *
 * <p>A module is stale when its artifact is missing, when a file under its {@code src/}, its
 * {@code pom.xml} or the root {@code pom.xml} changed after its last build, or when a module of this
 * repository that it depends on is stale (the fat jars embed their dependencies). The last build is
 * the newer of the artifact's time and a stamp written after every successful build: Maven does not
 * always rewrite a jar whose content did not change, and the stamp keeps that from looking stale
 * forever.
 */
public final class StaleModules {

    static final String STAMP = "xcord-build.stamp";

    /** One Maven module of the reactor, as far as staleness is concerned. */
    record Module(String dir, String artifactId, Path artifact, Set<String> dependsOn) {
    }

    private final Path root;
    private final List<Module> modules;

    StaleModules(Path root, List<Module> modules) {
        this.root = root;
        this.modules = modules;
    }

    /** Reads the reactor: the root pom's {@code <modules>} and each module's pom. */
    public static StaleModules read(Path root) {
        Document rootPom = parse(root.resolve("pom.xml"));
        String rootVersion = text(rootPom.getDocumentElement(), "version").orElse("");
        List<String> dirs = children(rootPom.getDocumentElement(), "modules").stream()
                .flatMap(m -> children(m, "module").stream())
                .map(Node::getTextContent).map(String::trim).collect(Collectors.toList());
        List<Module> modules = new ArrayList<>();
        for (String dir : dirs) {
            Path pomFile = root.resolve(dir).resolve("pom.xml");
            if (!Files.isRegularFile(pomFile)) {
                continue;
            }
            Element pom = parse(pomFile).getDocumentElement();
            if ("pom".equals(text(pom, "packaging").orElse("jar"))) {
                continue;
            }
            String artifactId = text(pom, "artifactId").orElse(dir);
            String version = text(pom, "version").orElse(rootVersion);
            String fileName = children(pom, "build").stream().flatMap(b -> text(b, "finalName").stream())
                    .findFirst().orElse(artifactId + "-" + version);
            Set<String> internal = children(pom, "dependencies").stream()
                    .flatMap(d -> children(d, "dependency").stream())
                    .filter(d -> text(d, "groupId").map(g -> g.equals("com.xcord") || g.equals("${project.groupId}")).orElse(false))
                    .map(d -> text(d, "artifactId").orElse(""))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            modules.add(new Module(dir, artifactId, root.resolve(dir).resolve("target").resolve(fileName + ".jar"), internal));
        }
        return new StaleModules(root, modules);
    }

    /** Directories of the stale modules, in reactor order. */
    public List<String> stale() {
        Map<String, Module> byArtifactId = new LinkedHashMap<>();
        modules.forEach(m -> byArtifactId.put(m.artifactId(), m));
        Set<String> stale = new LinkedHashSet<>();
        for (Module module : modules) {
            if (changedSinceLastBuild(module)) {
                stale.add(module.artifactId());
            }
        }
        // a module built from a stale dependency is stale too, transitively
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Module module : modules) {
                if (!stale.contains(module.artifactId()) && module.dependsOn().stream().anyMatch(stale::contains)) {
                    stale.add(module.artifactId());
                    grew = true;
                }
            }
        }
        return modules.stream().filter(m -> stale.contains(m.artifactId())).map(Module::dir).collect(Collectors.toList());
    }

    boolean changedSinceLastBuild(Module module) {
        Optional<Instant> builtAt = builtAt(module);
        if (builtAt.isEmpty()) {
            return true;
        }
        Path dir = root.resolve(module.dir());
        return Stream.of(root.resolve("pom.xml"), dir.resolve("pom.xml"))
                .anyMatch(p -> modified(p).isAfter(builtAt.get()))
                || newestInput(dir.resolve("src")).map(t -> t.isAfter(builtAt.get())).orElse(false);
    }

    private Optional<Instant> builtAt(Module module) {
        if (!Files.isRegularFile(module.artifact())) {
            return Optional.empty();
        }
        Instant artifact = modified(module.artifact());
        Path stamp = module.artifact().resolveSibling(STAMP);
        Instant stamped = Files.isRegularFile(stamp) ? modified(stamp) : Instant.EPOCH;
        return Optional.of(artifact.isAfter(stamped) ? artifact : stamped);
    }

    /** Records that these modules were built from the sources as they were at {@code buildStart}. */
    public void markBuilt(List<String> dirs, Instant buildStart) {
        for (String dir : dirs) {
            Path target = root.resolve(dir).resolve("target");
            if (!Files.isDirectory(target)) {
                continue;
            }
            try {
                Path stamp = target.resolve(STAMP);
                Files.writeString(stamp, buildStart.toString());
                Files.setLastModifiedTime(stamp, FileTime.from(buildStart));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Optional<Instant> newestInput(Path src) {
        if (!Files.isDirectory(src)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isEditorLeftover(p.getFileName().toString()))
                    .map(StaleModules::modified)
                    .max(Instant::compareTo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEditorLeftover(String name) {
        return name.startsWith(".") || name.endsWith("~");
    }

    private static Instant modified(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.getLastModifiedTime(path).toInstant() : Instant.EPOCH;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    /** Direct child elements with that name (never descendants: a dependency's version is not the project's). */
    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && name.equals(n.getNodeName())) {
                result.add((Element) n);
            }
        }
        return result;
    }

    private static Optional<String> text(Element parent, String name) {
        return children(parent, name).stream().findFirst().map(Node::getTextContent).map(String::trim);
    }

    /**
     * {@code java StaleModules.java [--list]}, run from the repository root: builds the stale modules with
     * {@code ./mvnw -q -DskipTests -Djib.skip=true install -pl <stale> -am}, or with {@code --list} only prints them.
     * Exits with Maven's status.
     */
    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        StaleModules reactor = read(root);
        List<String> stale = reactor.stale();
        if (args.length > 0 && args[0].equals("--list")) {
            stale.forEach(System.out::println);
            return;
        }
        if (stale.isEmpty()) {
            return;
        }
        System.out.println("xcord: building " + String.join(", ", stale) + " (changed since the last build; tests skipped)");
        Instant start = Instant.now();
        // -Djib.skip: the launcher runs jars; container images are for ./mvnw verify and CI (README "Container images")
        List<String> command = List.of(root.resolve("mvnw").toString(), "-q", "-DskipTests", "-Djib.skip=true", "install",
                "-pl", String.join(",", stale), "-am");
        int status = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start().waitFor();
        if (status != 0) {
            System.err.println("xcord: build failed (" + String.join(" ", command.subList(1, command.size())) + ")");
            System.exit(status);
        }
        reactor.markBuilt(stale, start);
        System.out.printf("xcord: built in %.1f s%n", java.time.Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }
}
