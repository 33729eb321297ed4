package com.xcord.deploy.observability;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Grafana dashboards of observability/grafana/dashboards, as JSON trees. */
final class Dashboards {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Dashboard(Path file, JsonNode model) {

        String uid() {
            return model.path("uid").asString("");
        }

        /** Every panel, those inside rows included; rows themselves are not panels here. */
        List<JsonNode> panels() {
            List<JsonNode> panels = new ArrayList<>();
            for (JsonNode panel : model.path("panels")) {
                if ("row".equals(panel.path("type").asString(""))) {
                    panel.path("panels").forEach(panels::add);
                } else {
                    panels.add(panel);
                }
            }
            return panels;
        }

        List<JsonNode> variables() {
            List<JsonNode> variables = new ArrayList<>();
            model.path("templating").path("list").forEach(variables::add);
            return variables;
        }
    }

    /** One query of one panel, named so that a failure says where it is. */
    record PanelQuery(String dashboard, String panel, String refId, String expr) {

        String where() {
            return dashboard + " / \"" + panel + "\" " + refId;
        }
    }

    private Dashboards() {
    }

    /** Parses every dashboard; a file that is not valid JSON fails here, naming it. */
    static List<Dashboard> all() {
        List<Dashboard> dashboards = new ArrayList<>();
        for (Path file : ObservabilityFiles.dashboards()) {
            try {
                dashboards.add(new Dashboard(file, JSON.readTree(file.toFile())));
            } catch (RuntimeException e) {
                throw new AssertionError(file.getFileName() + " is not valid JSON: " + e.getMessage(), e);
            }
        }
        return dashboards;
    }

    static List<PanelQuery> queries() {
        List<PanelQuery> queries = new ArrayList<>();
        for (Dashboard dashboard : all()) {
            for (JsonNode panel : dashboard.panels()) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new PanelQuery(dashboard.file().getFileName().toString(),
                            panel.path("title").asString(""), target.path("refId").asString(""),
                            target.path("expr").asString("")));
                }
            }
        }
        return queries;
    }
}
