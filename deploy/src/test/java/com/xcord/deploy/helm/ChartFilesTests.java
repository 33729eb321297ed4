package com.xcord.deploy.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Helm reads only files inside the chart, so the chart carries copies of the dashboards and alert rules whose source
 * is {@code observability/}: the copies must be exactly the sources, file for file.
 */
class ChartFilesTests {

    private static final Path ROOT = Path.of("..");

    @Test
    void theChartsAlertRulesAreTheObservabilitySources() throws IOException {
        assertSameFiles(ROOT.resolve("observability/prometheus/rules"), ROOT.resolve("helm/xcord/files/rules"));
    }

    @Test
    void theChartsDashboardsAreTheObservabilitySources() throws IOException {
        assertSameFiles(ROOT.resolve("observability/grafana/dashboards"), ROOT.resolve("helm/xcord/files/dashboards"));
    }

    private static void assertSameFiles(Path source, Path copy) throws IOException {
        List<String> sources = names(source);
        assertThat(names(copy)).as("files in %s (copy them from %s)", copy, source).isEqualTo(sources);
        assertThat(sources).isNotEmpty();
        for (String name : sources) {
            assertThat(Files.readString(copy.resolve(name))).as("%s is a copy of %s", copy.resolve(name),
                    source.resolve(name)).isEqualTo(Files.readString(source.resolve(name)));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
