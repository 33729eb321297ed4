package com.xcord.deploy.helm;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The services a values file deploys, as the chart sees them: values.yaml, then the operator's file over it, each
 * block merged over serviceDefaults. The expectations of the tests come from here, not from a second list.
 */
final class FleetValues {

    private FleetValues() {
    }

    /** short name → merged settings of every enabled service. */
    static Map<String, Service> services(Path operatorValues) {
        Map<String, Object> values = read(Chart.VALUES);
        if (operatorValues != null) {
            values = merged(values, read(operatorValues));
        }
        Map<String, Object> defaults = map(values.get("serviceDefaults"));
        Map<String, Service> services = new TreeMap<>();
        map(values.get("services")).forEach((shortName, block) -> {
            Map<String, Object> settings = merged(defaults, map(block));
            if (Boolean.TRUE.equals(settings.get("enabled"))) {
                services.put(shortName, new Service(shortName, settings));
            }
        });
        return services;
    }

    /** Whether the values (values.yaml under the operator's) enable the RTMP ingest's Deployment. */
    static boolean ingestEnabled(Path operatorValues) {
        Map<String, Object> values = read(Chart.VALUES);
        if (operatorValues != null) {
            values = merged(values, read(operatorValues));
        }
        return Boolean.TRUE.equals(map(values.get("ingest")).get("enabled"));
    }

    record Service(String shortName, Map<String, Object> settings) {
        String module() {
            return (String) settings.get("module");
        }

        int port() {
            return ((Number) settings.get("port")).intValue();
        }

        boolean edge() {
            return Boolean.TRUE.equals(settings.get("edge"));
        }

        /** The actuator's own port, when the service has one (the gateway). */
        java.util.Optional<Integer> managementPort() {
            return java.util.Optional.ofNullable((Number) settings.get("managementPort")).map(Number::intValue);
        }

        /** The port the RTMP ingest calls back on, when the service has one (live-service). */
        java.util.Optional<Integer> ingestCallbackPort() {
            return java.util.Optional.ofNullable((Number) settings.get("ingestCallbackPort")).map(Number::intValue);
        }

        /** How many ports its container and Service have: http, plus the management and ingest callback ports. */
        int portCount() {
            return 1 + (managementPort().isPresent() ? 1 : 0) + (ingestCallbackPort().isPresent() ? 1 : 0);
        }

        boolean hasDatabase() {
            return Boolean.TRUE.equals(map(settings.get("database")).get("enabled"));
        }

        boolean autoscaled() {
            return Boolean.TRUE.equals(map(settings.get("autoscaling")).get("enabled"));
        }

        boolean validatesTokens() {
            return Boolean.TRUE.equals(settings.get("jwks"));
        }

        int preStopSleepSeconds() {
            return ((Number) map(settings.get("termination")).get("preStopSleepSeconds")).intValue();
        }

        int drainSeconds() {
            return ((Number) map(settings.get("termination")).get("drainSeconds")).intValue();
        }
    }

    static Map<String, Object> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> values = new Yaml().load(reader);
            return values == null ? Map.of() : values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** over wins; maps merge key by key, everything else is replaced (as the chart's xcord.mergeInto does). */
    static Map<String, Object> merged(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> result = new LinkedHashMap<>(base);
        over.forEach((key, value) -> {
            if (value instanceof Map<?, ?> && result.get(key) instanceof Map<?, ?>) {
                result.put(key, merged(map(result.get(key)), map(value)));
            } else {
                result.put(key, value);
            }
        });
        return result;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
