package com.xcord.deploy.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * helm/xcord, linted and rendered by Helm itself (helm-java bundles Helm as a native library): what
 * {@code helm lint --strict} and {@code helm template} say here is what they say on an operator's machine.
 */
final class Chart {

    static final String RELEASE = "xcord";
    static final String NAMESPACE = "xcord";
    /** The oldest Kubernetes the chart supports (Chart.yaml kubeVersion: the preStop sleep action is 1.30's). */
    static final String KUBE_VERSION = "v1.30.0";

    /** The repository root: surefire runs in deploy/, an IDE may run in the root. */
    static final Path ROOT = Files.isDirectory(Path.of("helm")) ? Path.of("").toAbsolutePath()
            : Path.of("").toAbsolutePath().getParent();
    static final Path DIRECTORY = ROOT.resolve("helm/xcord");
    static final Path VALUES = DIRECTORY.resolve("values.yaml");
    /** The production-like values file an operator starts from (README, "Install on Kubernetes"). */
    static final Path PRODUCTION_VALUES = DIRECTORY.resolve("ci/production-values.yaml");

    private static final Map<Optional<Path>, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Chart() {
    }

    /** helm-java's lint takes no values file: it lints with values.yaml (template checks the other files). */
    static LintResult lintStrict() {
        return new Helm(DIRECTORY).lint().strict().call();
    }

    /** {@code helm template xcord helm/xcord -n xcord [-f valuesFile] [--set k=v ...]}; fails as Helm fails. */
    static String template(Path valuesFile, Map<String, Object> sets) {
        TemplateCommand command = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        if (valuesFile != null) {
            command = command.withValuesFile(valuesFile);
        }
        for (Map.Entry<String, Object> set : sets.entrySet()) {
            command = command.set(set.getKey(), set.getValue());
        }
        return command.call();
    }

    static Manifests render(Path valuesFile, Map<String, Object> sets) {
        return Manifests.parse(template(valuesFile, sets));
    }

    /** Rendered once per values file and test JVM: Helm's output for the same input does not change. */
    static Manifests render(Path valuesFile) {
        return RENDERED.computeIfAbsent(Optional.ofNullable(valuesFile), file -> render(file.orElse(null), Map.of()));
    }
}
