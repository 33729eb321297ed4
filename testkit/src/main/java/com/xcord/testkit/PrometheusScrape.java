package com.xcord.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One scrape of a service's {@code /actuator/prometheus} (the Prometheus text format), parsed into samples, for
 * tests that check what an operator's Prometheus would see: metric names, label values, numbers.
 */
public final class PrometheusScrape {

    /** One line of the exposition: {@code name{labels} value}. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    /** Label values that would be an id, a token or free text: a run of six digits, or longer than 64 chars. */
    private static final Pattern ID_LIKE = Pattern.compile("\\d{6,}");
    private static final int MAX_LABEL_VALUE = 64;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String text;
    private final List<Sample> samples;

    private PrometheusScrape(String text) {
        this.text = text;
        this.samples = samplesOf(text);
    }

    /** Scrapes {@code url} (e.g. {@code http://127.0.0.1:8081/actuator/prometheus}); fails unless it answers 200. */
    public static PrometheusScrape of(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static PrometheusScrape parse(String text) {
        return new PrometheusScrape(text);
    }

    public String text() {
        return text;
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The samples of one series name (e.g. {@code xcord_outbox_relayed_total}) whose labels include {@code labels}. */
    public List<Sample> find(String name, String... labels) {
        Map<String, String> wanted = pairs(labels);
        return samples.stream()
                .filter(s -> s.name().equals(name))
                .filter(s -> s.labels().entrySet().containsAll(wanted.entrySet()))
                .toList();
    }

    /** The sum over the matching samples; empty when there is none. */
    public OptionalDouble sum(String name, String... labels) {
        List<Sample> found = find(name, labels);
        return found.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(found.stream().mapToDouble(Sample::value).sum());
    }

    /** The one matching sample's value; fails unless there is one (or several of the same name summed with sum). */
    public double value(String name, String... labels) {
        List<Sample> found = find(name, labels);
        if (found.size() != 1) {
            throw new AssertionError("expected one sample " + name + pairs(labels) + ", found " + found);
        }
        return found.get(0).value();
    }

    public boolean has(String name) {
        return samples.stream().anyMatch(s -> s.name().equals(name));
    }

    /**
     * Label values that break the cardinality rule (docs/conventions.md "Metrics"): no user, path or event id, no
     * token, no free text. {@code allowed} names labels exempt from the digits rule with a reason (Kafka's broker
     * node ids, e.g. {@code node-2147483646}, are bounded by the brokers). Empty when the scrape is clean.
     */
    public List<String> unboundedLabels(String... allowed) {
        List<String> exempt = List.of(allowed);
        List<String> problems = new ArrayList<>();
        for (Sample sample : samples) {
            sample.labels().forEach((label, value) -> {
                boolean idLike = ID_LIKE.matcher(value).find() && !exempt.contains(label);
                if (idLike || value.length() > MAX_LABEL_VALUE) {
                    problems.add(sample.name() + " " + label + "=\"" + value + "\"");
                }
            });
        }
        return problems.stream().distinct().toList();
    }

    private static Map<String, String> pairs(String... labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name/value pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            map.put(labels[i], labels[i + 1]);
        }
        return map;
    }

    private static List<Sample> samplesOf(String text) {
        List<Sample> result = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            result.add(sample(line));
        }
        return List.copyOf(result);
    }

    /** {@code name value}, {@code name{a="x",b="y"} value} (values escape \\, \" and \n), an optional timestamp. */
    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        int rest;
        if (brace >= 0 && (space < 0 || brace < space)) {
            name = line.substring(0, brace);
            int i = brace + 1;
            while (line.charAt(i) != '}') {
                int eq = line.indexOf('=', i);
                String label = line.substring(i, eq).trim();
                StringBuilder value = new StringBuilder();
                int j = eq + 2; // past ="
                while (line.charAt(j) != '"') {
                    char c = line.charAt(j);
                    if (c == '\\') {
                        char next = line.charAt(++j);
                        value.append(next == 'n' ? '\n' : next);
                    } else {
                        value.append(c);
                    }
                    j++;
                }
                labels.put(label, value.toString());
                i = j + 1;
                if (line.charAt(i) == ',') {
                    i++;
                }
            }
            rest = i + 1;
        } else {
            name = line.substring(0, space);
            rest = space;
        }
        String[] numbers = line.substring(rest).trim().split(" ");
        return new Sample(name, Map.copyOf(labels), number(numbers[0]));
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }
}
