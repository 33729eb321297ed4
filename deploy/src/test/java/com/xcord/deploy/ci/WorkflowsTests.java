package com.xcord.deploy.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.deploy.guard.Repository;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The workflows are valid, name only pinned actions, are linted, and CI runs the README's test command. */
class WorkflowsTests {

    /** {@code owner/repo[/path]@v4}, {@code @v4.2.1} or a full commit SHA: never a branch. */
    private static final Pattern PINNED_ACTION = Pattern.compile("[\\w.-]+/[\\w./-]+@(v\\d+(\\.\\d+)*|[0-9a-f]{40})");
    /** {@code docker://image:tag}, optionally with its digest, or {@code docker://image@sha256:…}; never {@code latest}. */
    private static final Pattern PINNED_IMAGE = Pattern.compile(
            "docker://[\\w./-]+(?::(?!latest\\b)[\\w.-]+(?:@sha256:[0-9a-f]{64})?|@sha256:[0-9a-f]{64})");
    private static final Pattern CI_RUN_COMMAND = Pattern.compile("(?m)^exec (\\./mvnw .*)$");
    private static final List<String> BATCH_FLAGS = List.of("-B", "--batch-mode", "-ntp", "--no-transfer-progress");

    private final List<Workflow> workflows = Workflow.all();

    @Test
    void everyWorkflowHasTriggersAndJobsWithSteps() {
        assertThat(workflows).extracting(Workflow::name).contains("ci.yml", "release.yml");
        for (Workflow workflow : workflows) {
            assertThat(workflow.triggers()).as("%s: on", workflow.name()).isNotNull();
            assertThat(workflow.jobs()).as("%s: jobs", workflow.name()).isNotEmpty();
            workflow.jobs().forEach((name, job) -> {
                Map<String, Object> settings = Workflow.cast(job);
                if (settings.containsKey("uses")) {
                    return;
                }
                assertThat(settings).as("%s: job %s", workflow.name(), name).containsKey("runs-on");
                assertThat(Workflow.steps(settings)).as("%s: steps of job %s", workflow.name(), name).isNotEmpty()
                        .allSatisfy(step -> assertThat(step.containsKey("uses") ^ step.containsKey("run"))
                                .as("%s: a step of %s has exactly one of uses/run: %s", workflow.name(), name, step).isTrue());
            });
        }
    }

    @Test
    void everyActionIsPinnedToAVersion() {
        for (Workflow workflow : workflows) {
            for (String uses : workflow.uses()) {
                boolean pinned = uses.startsWith("./") || PINNED_ACTION.matcher(uses).matches() || PINNED_IMAGE.matcher(uses).matches();
                assertThat(pinned).as("%s: uses %s is not pinned to a version tag (v<digits>) or a commit SHA", workflow.name(), uses).isTrue();
            }
        }
    }

    @Test
    void theWorkflowsAreLinted() {
        boolean linted = workflows.stream().anyMatch(workflow -> workflow.uses().stream().anyMatch(uses -> uses.contains("actionlint"))
                || workflow.runs().stream().anyMatch(run -> run.contains("actionlint")));
        assertThat(linted).as("a job runs actionlint").isTrue();
    }

    @Test
    void ciRunsTheTestCommandOnEveryPushAndPullRequestWithJdk17() {
        Workflow ci = Workflow.load("ci.yml");
        assertThat((Map<String, Object>) Workflow.cast(ci.triggers())).as("ci.yml's triggers").containsKeys("push", "pull_request");

        Matcher ciRun = CI_RUN_COMMAND.matcher(Repository.read(".ci/run"));
        assertThat(ciRun.find()).as(".ci/run execs ./mvnw").isTrue();
        assertThat(ci.runs()).as("ci.yml runs what .ci/run runs").contains(ciRun.group(1));
        assertThat(withoutBatchFlags(ciRun.group(1))).as("and it is the README's test command").isEqualTo("./mvnw verify");
        assertThat(Repository.read("README.md")).contains("./mvnw verify");

        List<Map<String, Object>> setupJava = ci.steps().stream()
                .filter(step -> String.valueOf(step.get("uses")).startsWith("actions/setup-java@")).toList();
        assertThat(setupJava).as("ci.yml sets up JDK 17 (Temurin) with the Maven cache").anySatisfy(step ->
                assertThat((Map<String, Object>) Workflow.cast(step.get("with")))
                        .containsEntry("distribution", "temurin").containsEntry("java-version", "17").containsEntry("cache", "maven"));
    }

    private static String withoutBatchFlags(String command) {
        return Arrays.stream(command.split("\\s+")).filter(word -> !BATCH_FLAGS.contains(word)).collect(Collectors.joining(" "));
    }
}
