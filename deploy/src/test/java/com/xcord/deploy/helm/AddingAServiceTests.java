package com.xcord.deploy.helm;

import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.xcord.deploy.helm.RenderedFleetTests.env;
import static com.xcord.deploy.helm.RenderedFleetTests.onlyContainer;
import static org.assertj.core.api.Assertions.assertThat;

/** A new service is one block in values.yaml: no template to copy, the gateway routes to it, the policies cover it. */
class AddingAServiceTests {

    @Test
    void oneBlockGivesLiveServiceEverythingTheOthersHave(@TempDir Path dir) throws IOException {
        Path values = Files.writeString(dir.resolve("live.yaml"), """
                services:
                  live:
                    module: live-service
                    port: 8086
                    image: { repository: live-service, tag: "" }
                    replicas: 2
                    resources:
                      requests: { cpu: 250m, memory: 512Mi }
                      limits: { cpu: "1", memory: 512Mi }
                    env: {}
                    database: { enabled: true }
                    networkPolicy:
                      # the RTMP ingest's on_publish callbacks, never through the gateway
                      extraIngress:
                        - from:
                            - podSelector: { matchLabels: { app.kubernetes.io/name: rtmp-ingest } }
                          ports:
                            - { port: http, protocol: TCP }
                """);

        Manifests manifests = Chart.render(values, Map.of());

        Deployment live = manifests.get(Deployment.class, "live-service");
        assertThat(env(onlyContainer(live), "SPRING_DATASOURCE_URL")).hasValueSatisfying(url -> assertThat(url).endsWith("?currentSchema=live"));
        assertThat(onlyContainer(live).getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        assertThat(manifests.find(io.fabric8.kubernetes.api.model.Service.class, "live-service")).isPresent();
        assertThat(manifests.find(ServiceAccount.class, "live-service")).isPresent();
        assertThat(manifests.find(PodDisruptionBudget.class, "live-service")).isPresent();
        assertThat(manifests.get(NetworkPolicy.class, "live-service").getSpec().getIngress()).anySatisfy(rule ->
                assertThat(rule.getFrom()).anySatisfy(peer ->
                        assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "rtmp-ingest")));
        assertThat(env(onlyContainer(manifests.get(Deployment.class, "gateway")), "XCORD_GATEWAY_SERVICES_LIVE_URI"))
                .contains("http://live-service:8086");
        assertThat(manifests.all().stream().flatMap(m -> UnknownFields.in(m.object()).stream())).isEmpty();
    }

    @Test
    void aDisabledServiceLeavesNoTrace() {
        Manifests manifests = Chart.render(null, Map.of("services.dm.enabled", false));

        assertThat(manifests.all()).noneMatch(m -> m.serviceName().equals("dm-service"));
        assertThat(env(onlyContainer(manifests.get(Deployment.class, "gateway")), "XCORD_GATEWAY_SERVICES_DM_URI")).isEmpty();
    }
}
