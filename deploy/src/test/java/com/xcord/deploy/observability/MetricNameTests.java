package com.xcord.deploy.observability;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Dashboards and alerts name only metrics of the contract or standard ones (see {@link KnownMetrics}). */
class MetricNameTests {

    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][\\w:]*)");

    @Test
    void panelsNameOnlyKnownMetrics() {
        assertThat(Dashboards.queries().stream().flatMap(query -> unknownIn(query.expr(), query.where())))
                .isEmpty();
    }

    @Test
    void variablesNameOnlyKnownMetrics() {
        List<String> unknown = new ArrayList<>();
        Dashboards.all().forEach(dashboard -> dashboard.variables().forEach(variable -> {
            Matcher metric = LABEL_VALUES.matcher(variable.path("definition").asString(""));
            if (metric.find() && !KnownMetrics.isKnown(metric.group(1))) {
                unknown.add(metric.group(1) + " in " + dashboard.uid() + " $" + variable.path("name").asString(""));
            }
        }));
        assertThat(unknown).isEmpty();
    }

    @Test
    void alertsNameOnlyKnownMetrics() {
        assertThat(AlertRules.all().stream().flatMap(rule -> unknownIn(rule.expr(), rule.where()))).isEmpty();
    }

    /** The reader the checks above rely on: names of series, not of functions, labels, keywords or units. */
    @Test
    void metricNamesAreReadOutOfPromQl() {
        assertThat(PromQl.metricNames("""
                sum by (application, le) (rate(http_server_requests_seconds_bucket{uri!~"/actuator/.*", a="b{c}"}[5m]))
                  / on (application) group_left sum without (instance) (up offset 10m) > 0.01
                  or vector(0) and deriv(x_total[$__rate_interval]) > 1e3
                """)).containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "up", "x_total");
    }

    private static Stream<String> unknownIn(String expr, String where) {
        return PromQl.metricNames(expr).stream().filter(name -> !KnownMetrics.isKnown(name))
                .map(name -> name + " in " + where);
    }
}
