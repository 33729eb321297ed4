package com.xcord.deploy.observability;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the shipped dashboards, alert rules and their promtool unit tests live (observability/ at the root). */
final class ObservabilityFiles {

    /** The repository root: surefire runs in deploy/, an IDE may run in the root. */
    static final Path ROOT = Files.isDirectory(Path.of("observability")) ? Path.of("").toAbsolutePath()
            : Path.of("").toAbsolutePath().getParent();
    static final Path DIRECTORY = ROOT.resolve("observability");
    static final Path DASHBOARDS = DIRECTORY.resolve("grafana/dashboards");
    static final Path RULES = DIRECTORY.resolve("prometheus/rules");
    static final Path RULE_TESTS = DIRECTORY.resolve("prometheus/tests");
    /** deploy/target: the downloaded promtool and the generated files, gone with {@code mvn clean}. */
    static final Path TARGET = ROOT.resolve("deploy/target");

    private ObservabilityFiles() {
    }

    static List<Path> dashboards() {
        return list(DASHBOARDS, ".json");
    }

    static List<Path> ruleFiles() {
        return list(RULES, ".yml");
    }

    static List<Path> ruleTestFiles() {
        return list(RULE_TESTS, ".yml");
    }

    /** Writes a generated YAML file (block style, as people write them) under {@link #TARGET}. */
    static Path writeYaml(Path file, Object document) throws IOException {
        Files.createDirectories(file.getParent());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        try (Writer writer = Files.newBufferedWriter(file)) {
            new Yaml(options).dump(document, writer);
        }
        return file;
    }

    private static List<Path> list(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("no *" + suffix + " in " + directory);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
