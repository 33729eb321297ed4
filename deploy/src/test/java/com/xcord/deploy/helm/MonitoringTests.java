package com.xcord.deploy.helm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ServiceMonitor and PrometheusRule exist only where the Prometheus operator does. helm-java's template takes no
 * --api-versions, and its default capabilities have no monitoring.coreos.com/v1: the absent-CRD case is the default
 * render, the present-CRD case is global.monitoring.force (the same condition's other branch).
 */
class MonitoringTests {

    private static final String API_VERSION = "monitoring.coreos.com/v1";

    @Test
    void withoutThePrometheusOperatorNothingOfItIsRendered() {
        Manifests manifests = Chart.render(null);

        assertThat(manifests.ofKind(API_VERSION, "ServiceMonitor")).isEmpty();
        assertThat(manifests.ofKind(API_VERSION, "PrometheusRule")).isEmpty();
    }

    @Test
    void forcedEveryServiceIsScrapedAndTheAlertsAreThere() {
        Manifests manifests = Chart.render(null, Map.of("global.monitoring.force", true));

        List<HasMetadata> monitors = manifests.ofKind(API_VERSION, "ServiceMonitor");
        assertThat(monitors).extracting(m -> m.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(FleetValues.services(null).values().stream().map(FleetValues.Service::module).toList());
        assertThat(monitors).allSatisfy(monitor -> {
            Map<String, Object> spec = FleetValues.map(((GenericKubernetesResource) monitor).getAdditionalProperties().get("spec"));
            // the gateway's actuator answers only on its management port
            String port = monitor.getMetadata().getName().equals("gateway") ? "management" : "http";
            assertThat(spec.get("endpoints")).asList().singleElement().satisfies(endpoint -> {
                assertThat(FleetValues.map(endpoint)).containsEntry("port", port).containsEntry("path", "/actuator/prometheus");
            });
        });
        List<HasMetadata> rules = manifests.ofKind(API_VERSION, "PrometheusRule");
        assertThat(rules).singleElement().satisfies(rule -> assertThat(manifests.all().stream()
                .filter(m -> m.object() == rule).findFirst().orElseThrow().text())
                .contains("XcordHighErrorRatio", "XcordMessageSendOverBudget", "XcordOutboxLag", "XcordConsumerLagGrowing",
                        "XcordDeadLetter", "XcordRateLimitFailOpen", "XcordJwksFetchFailing", "XcordHeapSaturated")
                // the rules' own template expressions reach Prometheus untouched
                .contains("{{ $labels.application }}"));
    }

    @Test
    void everyDashboardIsAConfigMapForGrafanasSidecar() {
        Manifests manifests = Chart.render(null);

        List<HasMetadata> dashboards = manifests.all().stream().map(Manifests.Manifest::object)
                .filter(o -> o instanceof ConfigMap map && "1".equals(map.getMetadata().getLabels().get("grafana_dashboard")))
                .toList();
        assertThat(dashboards).hasSize(4).allSatisfy(o -> assertThat(((ConfigMap) o).getData().values())
                .singleElement().asString().startsWith("{"));
        assertThat(Chart.render(null, Map.of("global.monitoring.dashboards.enabled", false)).all())
                .noneMatch(m -> m.object() instanceof ConfigMap map
                        && map.getMetadata().getLabels().containsKey("grafana_dashboard"));
    }

    @Test
    void disabledStaysOffEvenWhenForced() {
        Manifests manifests = Chart.render(null, Map.of("global.monitoring.force", true, "global.monitoring.enabled", false));

        assertThat(manifests.ofKind(API_VERSION, "ServiceMonitor")).isEmpty();
        assertThat(manifests.ofKind(API_VERSION, "PrometheusRule")).isEmpty();
    }
}
