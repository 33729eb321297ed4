package com.xcord.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.deploy.guard.DeployableModules;
import com.xcord.deploy.guard.LauncherCatalog;
import com.xcord.deploy.guard.Repository;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Prometheus scrapes every service; Grafana is provisioned with Prometheus and the dashboards folder. */
class ComposeMonitoringTests {

    private static final String PROMETHEUS_CONFIG = "deploy/compose/prometheus/prometheus.yml";
    private static final String GRAFANA = "deploy/compose/grafana/";
    /** The dashboards and alert rules are observability/'s, the same files the chart carries. */
    private static final String DASHBOARDS = "observability/grafana/dashboards";
    private static final String RULES = "observability/prometheus/rules";

    private final ComposeFile compose = ComposeFile.load();

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryServiceOnItsActuatorEndpoint() {
        Map<String, Object> config = new Yaml().load(Repository.read(PROMETHEUS_CONFIG));
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) config.get("scrape_configs");
        for (String module : DeployableModules.find()) {
            Map<String, Object> job = jobs.stream().filter(j -> module.equals(j.get("job_name"))).findFirst()
                    .orElseThrow(() -> new AssertionError(PROMETHEUS_CONFIG + " has no job " + module));
            assertThat(job).as("job %s", module).containsEntry("metrics_path", "/actuator/prometheus");
            assertThat(job.get("static_configs").toString()).as("targets of job %s", module)
                    .contains(module + ":" + actuatorPort(module));
        }
        assertThat(compose.service("prometheus").get("volumes").toString()).contains("./" + PROMETHEUS_CONFIG + ":/etc/prometheus/prometheus.yml");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusEvaluatesTheFleetsAlertRules() {
        Map<String, Object> config = new Yaml().load(Repository.read("deploy/compose/prometheus/prometheus.yml"));
        assertThat((List<String>) config.get("rule_files")).containsExactly("/etc/prometheus/rules/*.yml");
        assertThat(compose.service("prometheus").get("volumes").toString()).as("prometheus's mounts")
                .contains("./" + RULES + ":/etc/prometheus/rules:ro");
        assertThat(Repository.file(RULES)).isDirectory();
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaHasPrometheusAndTheFleetsDashboards() {
        Map<String, Object> datasources = new Yaml().load(Repository.read(GRAFANA + "provisioning/datasources/prometheus.yml"));
        assertThat((List<Map<String, Object>>) datasources.get("datasources")).singleElement()
                .satisfies(source -> assertThat(source).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090"));

        Map<String, Object> dashboards = new Yaml().load(Repository.read(GRAFANA + "provisioning/dashboards/xcord.yml"));
        Map<String, Object> provider = ((List<Map<String, Object>>) dashboards.get("providers")).get(0);
        String path = ((Map<String, Object>) provider.get("options")).get("path").toString();
        assertThat(compose.service("grafana").get("volumes").toString()).as("grafana's mounts")
                .contains("./" + GRAFANA + "provisioning:/etc/grafana/provisioning")
                .contains("./" + DASHBOARDS + ":" + path);
        assertThat(Repository.file(DASHBOARDS)).isDirectory();
        assertThat(compose.environment("grafana")).containsKey("GF_SECURITY_ADMIN_PASSWORD");
    }

    /** Where a service's actuator answers: its management.server.port when it has one (the gateway), else its port. */
    @SuppressWarnings("unchecked")
    private static int actuatorPort(String module) {
        Map<String, Object> config = new Yaml().load(Repository.read(module + "/src/main/resources/application.yml"));
        Object management = ((Map<String, Object>) config.getOrDefault("management", Map.of())).get("server");
        if (management instanceof Map<?, ?> server && server.get("port") instanceof Integer port) {
            return port;
        }
        return LauncherCatalog.entry(module).port();
    }
}
