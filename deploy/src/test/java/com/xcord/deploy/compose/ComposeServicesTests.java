package com.xcord.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.deploy.guard.DeployableModules;
import com.xcord.deploy.guard.LauncherCatalog;
import com.xcord.deploy.guard.Pom;
import com.xcord.deploy.guard.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every deployable service is in docker-compose.yml as the contract of issue 13 describes it. */
class ComposeServicesTests {

    private static final String AUTH = "auth-service";
    private static final String GATEWAY = "gateway";

    private final ComposeFile compose = ComposeFile.load();
    private final List<String> modules = DeployableModules.find();

    @Test
    void everyDeployableModuleRunsItsOwnImage() {
        String version = Pom.read(Repository.file("pom.xml")).version();
        assertThat(modules).as("deployable modules found in the root pom").contains(GATEWAY, AUTH);
        for (String module : modules) {
            assertThat(compose.image(module)).as("image of %s", module)
                    .hasValue("${XCORD_REGISTRY:-ghcr.io/xcord}/" + module + ":${XCORD_VERSION:-" + version + "}");
        }
    }

    @Test
    void everyServiceIsCheckedByTheImagesHealthcheckOnItsLauncherPort() {
        for (String module : modules) {
            int port = LauncherCatalog.entry(module).port();
            assertThat(compose.healthcheck(module)).as("healthcheck of %s", module)
                    .hasValue(List.of("CMD", "/opt/xcord/bin/healthcheck", "http://localhost:" + port + "/actuator/health/readiness"));
            assertThat(compose.environment(module)).as("environment of %s", module).containsEntry("SERVER_PORT", Integer.toString(port));
        }
    }

    @Test
    void servicesStartOnceTheirInfrastructureIsHealthy() {
        for (String module : modules) {
            Map<String, String> dependsOn = compose.dependsOn(module);
            List<String> needed = new ArrayList<>(List.of("kafka", "redis"));
            if (LauncherCatalog.entry(module).schema().isPresent()) {
                needed.add("postgres");
                assertThat(dependsOn).as("%s waits for its database role", module)
                        .containsEntry("db-roles", "service_completed_successfully");
            }
            if (!module.equals(AUTH)) {
                // the others check tokens with auth-service's keys
                needed.add(AUTH);
            }
            for (String dependency : needed) {
                assertThat(dependsOn).as("%s depends_on %s", module, dependency).containsEntry(dependency, "service_healthy");
            }
        }
    }

    @Test
    void theGatewayIsHealthyOnlyOnceEveryServiceBehindItIs() {
        for (String module : modules) {
            if (!module.equals(GATEWAY)) {
                assertThat(compose.dependsOn(GATEWAY)).as("gateway depends_on %s", module).containsEntry(module, "service_healthy");
            }
        }
    }

    @Test
    void everyHealthyConditionNamesAServiceWithAHealthcheck() {
        for (String service : compose.serviceNames()) {
            compose.dependsOn(service).forEach((dependency, condition) -> {
                assertThat(compose.has(dependency)).as("%s depends_on %s, which is not in the file", service, dependency).isTrue();
                if (condition.equals("service_healthy")) {
                    assertThat(compose.healthcheck(dependency)).as("%s waits for %s to be healthy, which has no healthcheck", service, dependency)
                            .isPresent();
                }
                if (condition.equals("service_completed_successfully")) {
                    assertThat(compose.service(dependency)).as("%s waits for the one-shot %s, which must not restart", service, dependency)
                            .doesNotContainKey("restart");
                }
            });
        }
    }

    @Test
    void everyServiceReachesKafkaAndRedisOnTheComposeNetwork() {
        for (String module : modules) {
            assertThat(compose.environment(module)).as("environment of %s", module)
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("SPRING_DATA_REDIS_HOST", "redis")
                    .containsEntry("SPRING_DATA_REDIS_PORT", "6379")
                    .containsKey("SPRING_DATA_REDIS_PASSWORD");
        }
    }

    @Test
    void everyServiceButAuthChecksTokensWithAuthServicesKeys() {
        int authPort = LauncherCatalog.entry(AUTH).port();
        for (String module : modules) {
            Map<String, String> env = compose.environment(module);
            if (module.equals(AUTH)) {
                assertThat(env).as("auth-service signs tokens with keys encrypted by")
                        .containsKey("XCORD_AUTH_KEYS_ENCRYPTION_SECRET")
                        .doesNotContainKey("XCORD_SECURITY_JWKS_URI");
            } else {
                assertThat(env).as("environment of %s", module)
                        .containsEntry("XCORD_SECURITY_JWKS_URI", "http://auth-service:" + authPort + "/api/v1/auth/jwks")
                        .as("only auth-service gets the signing-key secret")
                        .doesNotContainKey("XCORD_AUTH_KEYS_ENCRYPTION_SECRET");
            }
        }
    }

    @Test
    void theGatewayRoutesToEveryServiceByItsComposeName() {
        Map<String, String> env = compose.environment(GATEWAY);
        for (String module : modules) {
            if (!module.equals(GATEWAY)) {
                String variable = "XCORD_GATEWAY_SERVICES_" + DeployableModules.shortName(module).toUpperCase().replace('-', '_') + "_URI";
                assertThat(env).as("gateway's route to %s", module)
                        .containsEntry(variable, "http://" + module + ":" + LauncherCatalog.entry(module).port());
            }
        }
    }
}
