package com.xcord.deploy.observability;

import com.xcord.deploy.observability.Dashboards.Dashboard;
import com.xcord.deploy.observability.Dashboards.PanelQuery;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboards load the same under docker-compose (a provisioned data source) and the chart (Grafana's
 * sidecar): each picks its Prometheus through a {@code datasource} variable, filters by {@code application} and
 * {@code instance}, and every query is PromQL that Prometheus parses.
 */
class DashboardTests {

    private static final String DATASOURCE_UID = "${datasource}";

    private final List<Dashboard> dashboards = Dashboards.all();

    @Test
    void theFourDashboardsAreThere() {
        assertThat(dashboards).extracting(Dashboard::uid)
                .containsExactlyInAnyOrder("xcord-fleet-overview", "xcord-kafka-outbox", "xcord-realtime", "xcord-jvm");
    }

    @Test
    void everyDashboardIsAModernModelWithItsOwnUid() {
        assertThat(dashboards).allSatisfy(dashboard -> {
            String name = dashboard.file().getFileName().toString();
            assertThat(dashboard.model().path("schemaVersion").asInt()).as(name).isGreaterThanOrEqualTo(39);
            assertThat(dashboard.model().path("title").asString("")).as(name).startsWith("XCORD / ");
            assertThat(dashboard.model().path("description").asString("")).as(name).isNotBlank();
            assertThat(dashboard.model().path("tags").toString()).as(name).contains("\"xcord\"");
            // an id would clash with the database of the Grafana that loads it
            assertThat(dashboard.model().path("id").isNull()).as(name + " id").isTrue();
        });
        assertThat(dashboards).extracting(Dashboard::uid).doesNotHaveDuplicates();
    }

    @Test
    void everyDashboardChoosesItsDataSourceServiceAndInstance() {
        assertThat(dashboards).allSatisfy(dashboard -> {
            String name = dashboard.file().getFileName().toString();
            Map<String, JsonNode> variables = new LinkedHashMap<>();
            dashboard.variables().forEach(variable -> variables.put(variable.path("name").asString(""), variable));
            assertThat(variables).as(name).containsKeys("datasource", "application", "instance");
            assertThat(variables.get("datasource").path("type").asString("")).as(name).isEqualTo("datasource");
            assertThat(variables.get("datasource").path("query").asString("")).as(name).isEqualTo("prometheus");
            for (String label : List.of("application", "instance")) {
                JsonNode variable = variables.get(label);
                assertThat(variable.path("type").asString("")).as(name + " $" + label).isEqualTo("query");
                assertThat(variable.path("datasource").path("uid").asString("")).as(name + " $" + label)
                        .isEqualTo(DATASOURCE_UID);
                assertThat(variable.path("definition").asString("")).as(name + " $" + label)
                        .startsWith("label_values(").contains(", " + label + ")");
            }
        });
    }

    @Test
    void everyPanelIsExplainedAndQueriesTheChosenDataSource() {
        for (Dashboard dashboard : dashboards) {
            List<JsonNode> panels = dashboard.panels();
            assertThat(panels).as(dashboard.uid()).isNotEmpty();
            assertThat(panels).allSatisfy(panel -> {
                String where = dashboard.uid() + " / \"" + panel.path("title").asString("") + "\"";
                assertThat(panel.path("title").asString("")).as(where).isNotBlank();
                assertThat(panel.path("description").asString("")).as(where + " description").isNotBlank();
                assertThat(panel.path("datasource").path("uid").asString("")).as(where).isEqualTo(DATASOURCE_UID);
                assertThat(panel.path("targets").size()).as(where + " targets").isPositive();
                JsonNode grid = panel.path("gridPos");
                assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as(where + " gridPos").isBetween(1, 24);
                panel.path("targets").forEach(target -> {
                    assertThat(target.path("expr").asString("")).as(where + " expr").isNotBlank();
                    assertThat(target.path("datasource").path("uid").asString("")).as(where).isEqualTo(DATASOURCE_UID);
                });
            });
            assertThat(panels).extracting(panel -> panel.path("id").asInt()).as(dashboard.uid() + " panel ids")
                    .doesNotHaveDuplicates();
        }
    }

    /**
     * promtool has no query checker, but it parses every expression of a rules file: each panel query becomes a
     * recording rule of a generated file, with Grafana's variables resolved.
     */
    @Test
    void everyPanelQueryParsesAsPromQl() throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        for (PanelQuery query : Dashboards.queries()) {
            String expr = PromQl.withGrafanaVariablesResolved(query.expr());
            assertThat(expr).as(query.where() + ": a Grafana variable the check does not know").doesNotContain("$");
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("record", "xcord_dashboard_query:" + records.size());
            record.put("expr", expr);
            record.put("labels", Map.of("panel", query.where()));
            records.add(record);
        }
        Path generated = ObservabilityFiles.writeYaml(
                ObservabilityFiles.TARGET.resolve("observability/dashboard-queries.yml"),
                Map.of("groups", List.of(Map.of("name", "dashboards", "rules", records))));

        Promtool.Result result = Promtool.obtain().run(generated.getParent(), "check", "rules", generated.toString());

        assertThat(result.succeeded()).as(generated + "\n" + result.output()).isTrue();
    }
}
