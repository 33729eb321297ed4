package com.xcord.deploy.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.deploy.guard.DeployableModules;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A version tag publishes the image of every deployable service and the chart. */
class ReleaseWorkflowTests {

    private static final Pattern PROJECT_LIST = Pattern.compile("(?:-pl|--projects)[ =](\\S+)");

    private final Workflow release = Workflow.load("release.yml");

    @Test
    void runsOnVersionTags() {
        Map<String, Object> triggers = Workflow.cast(release.triggers());
        Map<String, Object> push = Workflow.cast(triggers.get("push"));
        assertThat((List<Object>) Workflow.cast(push.get("tags"))).as("release.yml's tags").containsExactly("v*");
        assertThat((Map<String, Object>) Workflow.cast(release.document().get("permissions"))).containsEntry("packages", "write");
    }

    @Test
    void pushesTheImageOfEveryDeployableModule() {
        String jib = release.runs().stream().filter(run -> run.contains("jib:build")).findFirst()
                .orElseThrow(() -> new AssertionError("release.yml: no step runs jib:build"));
        Matcher projects = PROJECT_LIST.matcher(jib);
        assertThat(projects.find()).as("jib:build names its modules with -pl: %s", jib).isTrue();
        Set<String> pushed = new TreeSet<>(Arrays.asList(projects.group(1).split(",")));
        assertThat(pushed).as("modules whose image release.yml pushes").isEqualTo(new TreeSet<>(DeployableModules.find()));
        assertThat(jib).contains("./mvnw ", " package ", "-DskipTests", "-Djib.to.auth.username=", "-Djib.to.auth.password=")
                // images go to the repository owner's registry (lower-cased), not a fixed organisation
                .contains("-Dxcord.image.registry=\"ghcr.io/$owner\"");
    }

    @Test
    void pushesTheChartToTheRegistryAsOci() {
        assertThat(release.runs()).as("release.yml's run steps").anySatisfy(run -> assertThat(run)
                .contains("helm registry login ghcr.io")
                .contains("helm package helm/xcord")
                .containsPattern("helm push \\S+ \"?oci://ghcr\\.io/"));
    }
}
