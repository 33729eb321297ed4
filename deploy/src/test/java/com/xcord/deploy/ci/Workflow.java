package com.xcord.deploy.ci;

import com.xcord.deploy.guard.Repository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** A GitHub Actions workflow of {@code .github/workflows/}, parsed. */
record Workflow(String name, Map<String, Object> document) {

    static final String DIRECTORY = ".github/workflows";

    static List<Workflow> all() {
        try (Stream<Path> files = Files.list(Repository.file(DIRECTORY))) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .map(f -> load(f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workflow load(String fileName) {
        Object document = new Yaml().load(Repository.read(DIRECTORY + "/" + fileName));
        if (!(document instanceof Map<?, ?>)) {
            throw new AssertionError(fileName + " is not a YAML mapping");
        }
        return new Workflow(fileName, cast(document));
    }

    /** {@code on:}; YAML 1.1 reads an unquoted {@code on} key as {@code true}, so both are looked up. */
    Object triggers() {
        return document.containsKey("on") ? document.get("on") : document.get(Boolean.TRUE);
    }

    Map<String, Object> jobs() {
        return document.get("jobs") instanceof Map<?, ?> jobs ? cast(jobs) : Map.of();
    }

    /** Every step of every job. */
    List<Map<String, Object>> steps() {
        List<Map<String, Object>> steps = new ArrayList<>();
        jobs().values().forEach(job -> steps.addAll(steps(cast(job))));
        return steps;
    }

    static List<Map<String, Object>> steps(Map<String, Object> job) {
        return job.get("steps") instanceof List<?> list ? list.stream().map(Workflow::<Map<String, Object>>cast).toList() : List.of();
    }

    /** The {@code run:} scripts, with YAML's folding undone into single spaces so a command reads on one line. */
    List<String> runs() {
        return steps().stream().map(step -> step.get("run")).filter(run -> run != null)
                .map(run -> run.toString().replaceAll("\\s+", " ").trim()).toList();
    }

    /** Every {@code uses:}, of steps and of jobs calling reusable workflows. */
    List<String> uses() {
        List<String> uses = new ArrayList<>();
        jobs().values().forEach(job -> {
            Map<String, Object> settings = cast(job);
            if (settings.get("uses") != null) {
                uses.add(settings.get("uses").toString());
            }
        });
        steps().stream().map(step -> step.get("uses")).filter(use -> use != null).forEach(use -> uses.add(use.toString()));
        return uses;
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object value) {
        return (T) value;
    }
}
