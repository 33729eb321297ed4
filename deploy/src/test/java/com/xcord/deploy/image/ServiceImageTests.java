package com.xcord.deploy.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.deploy.image.ImageTar.Entry;
import com.xcord.deploy.image.ImageTar.Layer;
import com.xcord.deploy.image.ServiceImages.Service;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;

/**
 * Each service's {@code target/jib-image.tar}, as {@code ./mvnw verify} built it before this module ran: what a
 * container runtime would run, checked without one (README "Container images").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceImageTests {

    static final List<Service> SERVICES = ServiceImages.ALL;

    private final Map<Service, ImageTar> images = new ConcurrentHashMap<>();

    /** Missing is a failure, not a skip: the reactor packages every service before this module. */
    private ImageTar image(Service service) {
        return images.computeIfAbsent(service, s -> {
            assertThat(s.tar()).as("%s: built by jib:buildTar at package (run ./mvnw verify from the root)", s)
                    .isRegularFile();
            return ImageTar.read(s.tar());
        });
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void startsTheServiceThroughTheEntrypointScript(Service service) {
        ImageTar image = image(service);
        JsonNode config = image.containerConfig();
        assertThat(strings(config.get("Entrypoint"))).containsExactly("/opt/xcord/bin/start");
        assertThat(config.path("Cmd").isMissingNode() || config.get("Cmd").isNull() || config.get("Cmd").isEmpty()).isTrue();

        Entry start = image.file("opt/xcord/bin/start").orElseThrow();
        assertThat(start.executable()).as("start is executable").isTrue();
        assertThat(start.text()).contains("/app/jib-main-class-file", "-cp @/app/jib-classpath-file",
                "exec /opt/java/bin/java");
        assertThat(image.file("app/jib-main-class-file").orElseThrow().text().trim()).isEqualTo(service.mainClass());
        assertThat(image.file("app/jib-classpath-file").orElseThrow().text()).contains("/app/classes", "/app/libs/");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void runsAsTheNonrootUserOnItsPort(Service service) {
        JsonNode config = image(service).containerConfig();
        assertThat(config.get("User").asString()).isEqualTo("65532:65532");
        assertThat(fieldNames(config.get("ExposedPorts"))).containsExactly(service.port() + "/tcp");
        assertThat(strings(config.get("Env"))).contains("XCORD_SERVICE_NAME=" + service.module());
        assertThat(image(service).file("etc/passwd").orElseThrow().text())
                .contains("nonroot:x:65532:65532:");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void sizesTheHeapFromTheContainerAndAttachesTheAgentOnlyWhenAskedTo(Service service) {
        ImageTar image = image(service);
        String start = image.file("opt/xcord/bin/start").orElseThrow().text();
        assertThat(start).contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError",
                "if [ -n \"${OTEL_EXPORTER_OTLP_ENDPOINT:-}\" ]",
                "-javaagent:/opt/otel/opentelemetry-javaagent.jar", "${JAVA_TOOL_OPTIONS:+ $JAVA_TOOL_OPTIONS}");
        Entry agent = image.file("opt/otel/opentelemetry-javaagent.jar").orElseThrow();
        assertThat(agent.size()).as("the OpenTelemetry Java agent").isGreaterThan(10_000_000);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void hasAnExecutableHealthcheckAndAJavaRuntime(Service service) {
        ImageTar image = image(service);
        Entry healthcheck = image.file("opt/xcord/bin/healthcheck").orElseThrow();
        assertThat(healthcheck.executable()).as("healthcheck is executable").isTrue();
        assertThat(healthcheck.text()).contains("com.xcord.imagebase.healthcheck.Healthcheck \"$@\"");
        assertThat(image.file("opt/xcord/lib/healthcheck/com/xcord/imagebase/healthcheck/Healthcheck.class")).isPresent();
        assertThat(image.file("opt/java/bin/java").orElseThrow().executable()).isTrue();
        assertThat(image.file("opt/java/lib/server/libjvm.so")).isPresent();
        assertThat(image.file("opt/java/lib/security/cacerts").orElseThrow().size()).isPositive();
        assertThat(image.file("bin/sh").orElseThrow().executable()).as("the shell the scripts run on").isTrue();
        assertThat(image.file("tmp").orElseThrow().mode() & 0777).as("/tmp writable by the service").isEqualTo(0777);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void isLabelledWithVersionAndRevision(Service service) {
        JsonNode labels = image(service).containerConfig().get("Labels");
        assertThat(labels.get("org.opencontainers.image.title").asString()).isEqualTo(service.module());
        assertThat(labels.get("org.opencontainers.image.version").asString()).isEqualTo(ServiceImages.projectVersion());
        assertThat(labels.get("org.opencontainers.image.source").asString()).startsWith("https://");
        String revision = labels.get("org.opencontainers.image.revision").asString();
        if (Files.exists(ServiceImages.root().resolve(".git"))) {
            assertThat(revision).as("the commit built").matches("[0-9a-f]{40}");
        } else {
            assertThat(revision).as("no git history to read").isEqualTo("unknown");
        }
        assertThat(Instant.parse(labels.get("org.opencontainers.image.created").asString())).isNotNull();
    }

    /** Base (system, Java runtime, agent, scripts), then third-party jars, our own modules' jars, resources, classes. */
    @ParameterizedTest
    @FieldSource("SERVICES")
    void isLayeredFromLeastToMostOftenChanged(Service service) {
        ImageTar image = image(service);
        List<String> names = image.layers().stream().map(Layer::name).toList();
        assertThat(names).containsSubsequence("system", "java runtime", "opentelemetry agent", "xcord",
                "dependencies", "project dependencies", "resources", "classes");
        Layer dependencies = image.layer("dependencies").orElseThrow();
        Layer ourModules = image.layer("project dependencies").orElseThrow();
        assertThat(jarNames(ourModules)).as("our own modules' jars, in a layer of their own")
                .isNotEmpty().allMatch(jar -> jar.endsWith("-" + ServiceImages.projectVersion() + ".jar"));
        assertThat(jarNames(dependencies)).as("third-party jars").isNotEmpty()
                .noneMatch(jar -> jar.endsWith("-" + ServiceImages.projectVersion() + ".jar"));
        assertThat(image.layerWith("app/classes/" + service.mainClass().replace('.', '/') + ".class"))
                .map(Layer::name).contains("classes");
        System.out.printf("[image] %-17s %4d MB tar, %4d MB unpacked, %d layers: %s%n", service.module(),
                image.fileSize() / 1_000_000, image.uncompressedSize() / 1_000_000, image.layers().size(),
                image.layers().stream().map(l -> l.name() + " " + l.compressedSize() / 1_000_000 + " MB")
                        .collect(Collectors.joining(", ")));
    }

    @AfterAll
    void release() {
        images.clear();
    }

    private static List<String> jarNames(Layer layer) {
        return layer.entries().keySet().stream().filter(p -> p.startsWith("app/libs/") && p.endsWith(".jar"))
                .map(p -> p.substring("app/libs/".length())).toList();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        return object.propertyNames().stream().toList();
    }
}
