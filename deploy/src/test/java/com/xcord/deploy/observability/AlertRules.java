package com.xcord.deploy.observability;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The alerting rules of observability/prometheus/rules, read as data (promtool checks them as Prometheus would). */
final class AlertRules {

    record AlertRule(Path file, String group, String name, String expr, Map<String, String> labels,
                     Map<String, String> annotations) {

        String where() {
            return file.getFileName() + " " + name;
        }
    }

    private AlertRules() {
    }

    static List<AlertRule> all() {
        List<AlertRule> rules = new ArrayList<>();
        for (Path file : ObservabilityFiles.ruleFiles()) {
            for (Map<String, Object> group : list(load(file).get("groups"))) {
                for (Map<String, Object> rule : list(group.get("rules"))) {
                    if (rule.containsKey("alert")) {
                        rules.add(new AlertRule(file, (String) group.get("name"), (String) rule.get("alert"),
                                (String) rule.get("expr"), strings(rule.get("labels")), strings(rule.get("annotations"))));
                    }
                }
            }
        }
        return rules;
    }

    static AlertRule named(String alert) {
        return all().stream().filter(rule -> rule.name().equals(alert)).findFirst()
                .orElseThrow(() -> new AssertionError("no alert rule " + alert + " in " + ObservabilityFiles.RULES));
    }

    static Map<String, Object> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> document = new Yaml().load(reader);
            if (document == null) {
                throw new IllegalStateException(file + " is empty");
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> strings(Object value) {
        return value == null ? Map.of() : (Map<String, String>) value;
    }
}
