package com.xcord.deploy.helm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** values.schema.json: Helm refuses values that do not fit it, in helm template as in helm install. */
class ValuesSchemaTests {

    @ParameterizedTest(name = "--set {0}={1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            services.feed.replicas                          | two          | /services/feed/replicas
            services.feed.replicas                          | -1           | /services/feed/replicas
            services.feed.port                              | http         | /services/feed/port
            services.feed.replicaz                          | 2            | 'replicaz' not allowed
            services.feed.edge                              | yes          | /services/feed/edge
            services.feed.image.tag                         | "not a tag"  | /services/feed/image/tag
            services.feed.autoscaling.targetCPUUtilizationPercentage | 150 | /services/feed/autoscaling/targetCPUUtilizationPercentage
            services.Feed.module                            | feed-service | invalid propertyName 'Feed'
            global.image.pullPolicy                         | Sometimes    | /global/image/pullPolicy
            global.postgresql.port                          | 99999        | /global/postgresql/port
            global.kafka.bootstrapServers                   | ""           | /global/kafka/bootstrapServers
            ingress.tls                                     | yes          | /ingress/tls
            serviceDefaults.probes.liveness.periodSeconds   | 0            | /serviceDefaults/probes/liveness/periodSeconds
            unknownTopLevel                                 | 1            | 'unknownTopLevel' not allowed
            """)
    void aValueThatDoesNotFitTheSchemaFailsTheRenderNamingTheField(String key, String value, String complaint) {
        assertThatThrownBy(() -> Chart.template(null, Map.of(key, value)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining(complaint);
    }

    @Test
    void aServiceWithoutLimitsIsRefused(@TempDir Path dir) throws IOException {
        Path values = Files.writeString(dir.resolve("no-limits.yaml"), """
                services:
                  feed:
                    resources:
                      requests: { cpu: 250m, memory: 512Mi }
                      limits: null
                """);

        assertThatThrownBy(() -> Chart.template(values, Map.of())).hasMessageContaining("schema").hasMessageContaining("limits");
    }

    @Test
    void aNewServiceBlockMissingWhatTheContractRequiresIsRefused(@TempDir Path dir) throws IOException {
        Path values = Files.writeString(dir.resolve("half-a-service.yaml"), """
                services:
                  clips:
                    module: clips-service
                    port: 8091
                    image: { repository: clips-service, tag: "" }
                """);

        assertThatThrownBy(() -> Chart.template(values, Map.of())).hasMessageContaining("schema");
    }

    @Test
    void aTopologySpreadWithAnUnknownPolicyIsRefused(@TempDir Path dir) throws IOException {
        Path values = Files.writeString(dir.resolve("spread.yaml"), """
                serviceDefaults:
                  topologySpread:
                    - { topologyKey: kubernetes.io/hostname, maxSkew: 1, whenUnsatisfiable: Sometimes }
                """);

        assertThatThrownBy(() -> Chart.template(values, Map.of())).hasMessageContaining("schema");
    }

    @Test
    void theValuesAnOperatorMaySetPass() {
        assertThatCode(() -> Chart.template(null, Map.of(
                "services.feed.replicas", 3,
                "services.feed.image.tag", "0.1.1",
                "services.feed.autoscaling.enabled", false,
                "services.realtime.podDisruptionBudget.maxUnavailable", "25%",
                "global.postgresql.host", "db.internal"))).doesNotThrowAnyException();
        assertThat(Chart.template(null, Map.of("services.feed.image.tag", "0.1.1"))).contains("ghcr.io/xcord/feed-service:0.1.1");
    }
}
