package com.xcord.deploy.observability;

import com.xcord.deploy.observability.AlertRules.AlertRule;
import com.xcord.deploy.observability.Dashboards.PanelQuery;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Dashboards and alerts name only metrics of the contract or standard ones (see {@link KnownMetrics}). */
class MetricNameTests {

    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][\\w:]*)");

    @Test
    void panelsNameOnlyKnownMetrics() {
        List<String> unknown = new ArrayList<>();
        for (PanelQuery query : Dashboards.queries()) {
            PromQl.metricNames(query.expr()).stream().filter(name -> !KnownMetrics.isKnown(name))
                    .forEach(name -> unknown.add(name + " in " + query.where()));
        }
        assertThat(unknown).isEmpty();
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
        List<String> unknown = new ArrayList<>();
        for (AlertRule rule : AlertRules.all()) {
            PromQl.metricNames(rule.expr()).stream().filter(name -> !KnownMetrics.isKnown(name))
                    .forEach(name -> unknown.add(name + " in " + rule.where()));
        }
        assertThat(unknown).isEmpty();
    }

    /** The reader the two checks above rely on: names of series, not of functions, labels, keywords or units. */
    @Test
    void metricNamesAreReadOutOfPromQl() {
        assertThat(PromQl.metricNames("""
                sum by (application, le) (rate(http_server_requests_seconds_bucket{uri!~"/actuator/.*", a="b{c}"}[5m]))
                  / on (application) group_left sum without (instance) (up offset 10m) > 0.01
                  or vector(0) and deriv(x_total[$__rate_interval]) > 1e3
                """)).containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "up", "x_total");
    }
}
