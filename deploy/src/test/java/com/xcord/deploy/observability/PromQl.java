package com.xcord.deploy.observability;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough PromQL reading for the checks here: the metric names an expression selects, and a dashboard query with
 * Grafana's variables replaced so that promtool can parse it. promtool itself is the parser of record.
 */
final class PromQl {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    /** An identifier not glued to a number (10m, 1e3) nor to another identifier. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w:.])[a-zA-Z_:][\\w:]*");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "atan2", "inf", "nan", "Inf", "NaN");

    /** Grafana's interval variables and the dashboards' own ($application, ${instance}) as promtool may read them. */
    private static final Pattern INTERVAL_VARIABLE = Pattern.compile("\\$__(?:rate_interval|interval|range)\\b");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\w+}|\\$\\w+");

    private PromQl() {
    }

    /** The names of the series the expression selects (functions, keywords, labels and durations left out). */
    static Set<String> metricNames(String expr) {
        String bare = STRING.matcher(expr).replaceAll("\"\"");
        bare = MATCHERS.matcher(bare).replaceAll(" ");
        bare = RANGE.matcher(bare).replaceAll(" ");
        bare = GROUPING.matcher(bare).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String name = identifier.group();
            if (!KEYWORDS.contains(name) && !isCall(bare, identifier.end())) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The query with Grafana's variables resolved: intervals become 5m, the dashboards' variables (used only in
     * regex matchers, application=~"$application") become ".*".
     */
    static String withGrafanaVariablesResolved(String expr) {
        String resolved = INTERVAL_VARIABLE.matcher(expr).replaceAll("5m");
        return VARIABLE.matcher(resolved).replaceAll(".*");
    }

    private static boolean isCall(String text, int end) {
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && text.charAt(next) == '(';
    }
}
