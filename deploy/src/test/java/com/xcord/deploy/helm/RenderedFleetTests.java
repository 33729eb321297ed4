package com.xcord.deploy.helm;

import com.xcord.deploy.helm.FleetValues.Service;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code helm template} with the default values and with the production-like file, parsed into fabric8's Kubernetes
 * model: every object well-formed, and every service with what running it safely needs.
 */
class RenderedFleetTests {

    private static final Pattern SECRET_LOOKING_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|CREDENTIAL|_KEY)(_.*)?");

    static Stream<Arguments> valuesFiles() {
        return Stream.of(Arguments.of("default values", null), Arguments.of("production-values.yaml", Chart.PRODUCTION_VALUES));
    }

    static Stream<Arguments> services() {
        return valuesFiles().flatMap(file -> {
            Path values = (Path) file.get()[1];
            return FleetValues.services(values).values().stream()
                    .map(service -> Arguments.of(file.get()[0], values, service.shortName()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void everyRenderedObjectIsWellFormedKubernetes(String name, Path values) {
        Manifests manifests = Chart.render(values);

        assertThat(manifests.all()).isNotEmpty();
        assertThat(manifests.all().stream().flatMap(m -> UnknownFields.in(m.object()).stream()
                .map(field -> m.object().getMetadata().getName() + ": " + field)))
                .as("fields Kubernetes does not know").isEmpty();
        System.out.printf("helm template (%s): %,d bytes in %d objects; per service: %s%n", name,
                manifests.all().stream().mapToInt(m -> m.text().length()).sum(), manifests.all().size(),
                manifests.sizeByService());
    }

    @ParameterizedTest(name = "{0}: the chart deploys exactly the services of its values")
    @MethodSource("valuesFiles")
    void oneDeploymentPerServiceBlock(String name, Path values) {
        Manifests manifests = Chart.render(values);

        List<String> expected = new java.util.ArrayList<>(FleetValues.services(values).values().stream().map(Service::module).toList());
        if (FleetValues.ingestEnabled(values)) {
            expected.add("ingest"); // the RTMP ingest (values `ingest`), beside the services
        }
        assertThat(manifests.ofType(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(expected);
        // the contract of issue 13: today's deployable services
        assertThat(FleetValues.services(values)).containsKeys("gateway", "auth", "feed", "dm", "server", "realtime");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("services")
    void deploymentRunsTheImageWithProbesAndResources(String file, Path values, String shortName) {
        Service service = FleetValues.services(values).get(shortName);
        Deployment deployment = Chart.render(values).get(Deployment.class, service.module());
        Container container = onlyContainer(deployment);

        assertThat(container.getImage()).matches("[a-z0-9.\\-/]+/" + service.module() + ":[A-Za-z0-9_.\\-]+");
        assertThat(container.getPorts()).filteredOn(port -> port.getName().equals("http")).singleElement()
                .satisfies(port -> assertThat(port.getContainerPort()).isEqualTo(service.port()));
        assertThat(container.getPorts()).as("http, and the management and ingest callback ports where the service has them")
                .hasSize(service.portCount());
        service.ingestCallbackPort().ifPresent(callbacks ->
                assertThat(container.getPorts()).filteredOn(port -> port.getName().equals("ingest-callback")).singleElement()
                        .satisfies(port -> assertThat(port.getContainerPort()).isEqualTo(callbacks)));
        service.managementPort().ifPresent(management -> {
            assertThat(container.getPorts()).filteredOn(port -> port.getName().equals("management")).singleElement()
                    .satisfies(port -> assertThat(port.getContainerPort()).isEqualTo(management));
            assertThat(env(container, "MANAGEMENT_SERVER_PORT")).contains(Integer.toString(management));
        });
        assertHttpProbe(container.getLivenessProbe(), "/actuator/health/liveness");
        assertHttpProbe(container.getReadinessProbe(), "/actuator/health/readiness");
        assertHttpProbe(container.getStartupProbe(), "/actuator/health/liveness");
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(env(container, "SERVER_PORT")).contains(Integer.toString(service.port()));
        if (service.autoscaled()) {
            assertThat(deployment.getSpec().getReplicas()).as("replicas belong to the HPA").isNull();
        } else {
            assertThat(deployment.getSpec().getReplicas()).isEqualTo(service.settings().get("replicas"));
        }
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("services")
    void everyContainerRunsNonRootOnAReadOnlyRootFilesystem(String file, Path values, String shortName) {
        Service service = FleetValues.services(values).get(shortName);
        PodSpec pod = Chart.render(values).get(Deployment.class, service.module()).getSpec().getTemplate().getSpec();

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(65532L);
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getServiceAccountName()).isEqualTo(service.module());
        assertThat(Stream.concat(pod.getContainers().stream(), Optional.ofNullable(pod.getInitContainers()).orElse(List.of()).stream()))
                .allSatisfy(container -> {
                    var security = container.getSecurityContext();
                    assertThat(security.getRunAsNonRoot()).isTrue();
                    assertThat(security.getRunAsUser()).isEqualTo(65532L);
                    assertThat(security.getReadOnlyRootFilesystem()).isTrue();
                    assertThat(security.getAllowPrivilegeEscalation()).isFalse();
                    assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
                    assertThat(security.getCapabilities().getAdd()).isNullOrEmpty();
                    assertThat(container.getVolumeMounts()).anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
                });
        assertThat(pod.getVolumes()).anySatisfy(volume -> {
            assertThat(volume.getName()).isEqualTo("tmp");
            assertThat(volume.getEmptyDir()).isNotNull();
        });
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("services")
    void podsDrainBeforeTheyAreKilledAndSpreadOverZonesAndNodes(String file, Path values, String shortName) {
        Service service = FleetValues.services(values).get(shortName);
        Deployment deployment = Chart.render(values).get(Deployment.class, service.module());
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container container = onlyContainer(deployment);

        long preStop = container.getLifecycle().getPreStop().getSleep().getSeconds();
        long drain = Duration.parse("PT" + env(container, "SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE").orElseThrow().toUpperCase()).toSeconds();
        assertThat(preStop).isEqualTo(service.preStopSleepSeconds());
        assertThat(drain).isEqualTo(service.drainSeconds());
        assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan(preStop + drain);
        assertThat(pod.getTopologySpreadConstraints()).extracting(c -> c.getTopologyKey())
                .contains("topology.kubernetes.io/zone", "kubernetes.io/hostname");
        assertThat(pod.getTopologySpreadConstraints()).allSatisfy(constraint -> assertThat(constraint.getLabelSelector().getMatchLabels())
                .isEqualTo(deployment.getSpec().getSelector().getMatchLabels()));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("services")
    void serviceAccountServicePodDisruptionBudgetAndAutoscalerSelectThePods(String file, Path values, String shortName) {
        Service service = FleetValues.services(values).get(shortName);
        Manifests manifests = Chart.render(values);
        Map<String, String> podLabels = podLabels(manifests, service);

        assertThat(manifests.get(ServiceAccount.class, service.module()).getAutomountServiceAccountToken()).isFalse();
        var kubernetesService = manifests.get(io.fabric8.kubernetes.api.model.Service.class, service.module());
        assertThat(podLabels).containsAllEntriesOf(kubernetesService.getSpec().getSelector());
        assertThat(kubernetesService.getSpec().getPorts()).filteredOn(port -> port.getName().equals("http"))
                .singleElement().satisfies(port -> {
                    assertThat(port.getPort()).isEqualTo(service.port());
                    assertThat(port.getTargetPort().getStrVal()).isEqualTo("http");
                });
        assertThat(kubernetesService.getSpec().getPorts()).hasSize(service.portCount());
        PodDisruptionBudget budget = manifests.get(PodDisruptionBudget.class, service.module());
        assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(budget.getSpec().getMaxUnavailable()).isNotNull();
        Optional<HorizontalPodAutoscaler> autoscaler = manifests.find(HorizontalPodAutoscaler.class, service.module());
        assertThat(autoscaler.isPresent()).as("an HPA exactly when autoscaling is enabled").isEqualTo(service.autoscaled());
        autoscaler.ifPresent(hpa -> {
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service.module());
            assertThat(hpa.getSpec().getMinReplicas()).isPositive();
            assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThanOrEqualTo(hpa.getSpec().getMinReplicas());
            assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies(metric ->
                    assertThat(metric.getResource().getName()).isEqualTo("cpu"));
        });
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("services")
    void onlyTheGatewayIsReachableFromOutsideTheFleet(String file, Path values, String shortName) {
        Service service = FleetValues.services(values).get(shortName);
        Manifests manifests = Chart.render(values);
        NetworkPolicy policy = manifests.get(NetworkPolicy.class, service.module());

        assertThat(podLabels(manifests, service)).containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
        assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
        List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress();
        assertThat(rules).as("Prometheus scrapes every service").anySatisfy(rule -> assertThat(rule.getFrom())
                .anySatisfy(peer -> assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "prometheus")));
        boolean fromIngressController = rules.stream().flatMap(rule -> rule.getFrom().stream())
                .anyMatch(peer -> peer.getNamespaceSelector() != null && peer.getPodSelector() != null
                        && "ingress-nginx".equals(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name")));
        assertThat(fromIngressController).as("reachable from the ingress controller").isEqualTo(service.edge());
        if (!service.edge()) {
            assertThat(rules).as("the gateway reaches it").anySatisfy(rule -> assertThat(rule.getFrom()).anySatisfy(peer ->
                    assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "gateway")
                            .containsEntry("app.kubernetes.io/instance", Chart.RELEASE)));
        }
        assertThat(rules).as("no rule lets everyone in").allSatisfy(rule -> assertThat(rule.getFrom()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("services")
    void environmentFollowsTheContractWithSecretsOnlyByReference(String file, Path values, String shortName) {
        Service service = FleetValues.services(values).get(shortName);
        Manifests manifests = Chart.render(values);
        Container container = onlyContainer(manifests.get(Deployment.class, service.module()));

        assertThat(env(container, "SPRING_KAFKA_BOOTSTRAP_SERVERS")).isPresent();
        assertThat(env(container, "SPRING_DATA_REDIS_HOST")).isPresent();
        assertThat(env(container, "SPRING_DATA_REDIS_PORT")).isPresent();
        if (service.hasDatabase()) {
            assertThat(env(container, "SPRING_DATASOURCE_URL")).hasValueSatisfying(url ->
                    assertThat(url).startsWith("jdbc:postgresql://").contains("?currentSchema=" + shortName));
            assertThat(env(container, "SPRING_DATASOURCE_USERNAME")).contains(shortName);
            assertThat(secretRef(container, "SPRING_DATASOURCE_PASSWORD")).as("password from a Secret").isPresent();
        } else {
            assertThat(container.getEnv()).extracting(EnvVar::getName).noneMatch(name -> name.startsWith("SPRING_DATASOURCE_"));
        }
        if (service.validatesTokens()) {
            assertThat(env(container, "XCORD_SECURITY_JWKS_URI")).contains("http://auth-service:8081/api/v1/auth/jwks");
        }
        if (shortName.equals("auth")) {
            assertThat(secretRef(container, "XCORD_AUTH_KEYS_ENCRYPTION_SECRET")).as("signing-key secret from a Secret").isPresent();
        }
        if (service.edge()) {
            FleetValues.services(values).values().stream().filter(other -> !other.edge()).forEach(other ->
                    assertThat(env(container, "XCORD_GATEWAY_SERVICES_" + other.shortName().toUpperCase() + "_URI"))
                            .contains("http://" + other.module() + ":" + other.port()));
            // behind the ingress every connection comes from the controller: it must be believed about the client
            assertThat(env(container, "XCORD_GATEWAY_TRUSTEDPROXIES")).as("the ingress is a trusted proxy")
                    .hasValueSatisfying(value -> assertThat(value).isNotBlank());
        }
        assertThat(container.getEnv()).as("no secret-looking variable holds a literal")
                .filteredOn(variable -> SECRET_LOOKING_NAME.matcher(variable.getName()).matches())
                .allSatisfy(variable -> {
                    assertThat(variable.getValue()).isNull();
                    assertThat(variable.getValueFrom().getSecretKeyRef()).isNotNull();
                });
    }

    static Container onlyContainer(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static Map<String, String> podLabels(Manifests manifests, Service service) {
        return manifests.get(Deployment.class, service.module()).getSpec().getTemplate().getMetadata().getLabels();
    }

    static Optional<String> env(Container container, String name) {
        return container.getEnv().stream().filter(v -> v.getName().equals(name)).map(EnvVar::getValue).findFirst();
    }

    private static Optional<String> secretRef(Container container, String name) {
        return container.getEnv().stream().filter(v -> v.getName().equals(name))
                .filter(v -> v.getValue() == null && v.getValueFrom() != null && v.getValueFrom().getSecretKeyRef() != null)
                .map(v -> v.getValueFrom().getSecretKeyRef().getName() + "/" + v.getValueFrom().getSecretKeyRef().getKey())
                .findFirst();
    }

    private static void assertHttpProbe(Probe probe, String path) {
        assertThat(probe).as("probe on %s", path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }
}
