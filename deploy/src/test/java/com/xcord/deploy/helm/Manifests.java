package com.xcord.deploy.helm;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The output of {@code helm template}, one typed fabric8 object per document (so a field Kubernetes does not know
 * ends up in an {@code additionalProperties} map, which {@link UnknownFields} finds), with each document's text kept
 * for its size.
 */
record Manifests(List<Manifest> all) {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    record Manifest(HasMetadata object, String text) {
        String serviceName() {
            Map<String, String> labels = object.getMetadata().getLabels();
            return labels == null ? "" : labels.getOrDefault("app.kubernetes.io/name", "");
        }
    }

    static Manifests parse(String rendered) {
        List<Manifest> manifests = new ArrayList<>();
        for (String document : DOCUMENT_SEPARATOR.split(rendered)) {
            if (isBlank(document)) {
                continue;
            }
            HasMetadata object = SERIALIZATION.unmarshal(document);
            manifests.add(new Manifest(object, document));
        }
        return new Manifests(List.copyOf(manifests));
    }

    /** Only comments and blank lines (Helm's "# Source:" of a template that rendered nothing). */
    private static boolean isBlank(String document) {
        return document.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#"));
    }

    <T extends HasMetadata> List<T> ofType(Class<T> type) {
        return all.stream().map(Manifest::object).filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return ofType(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name
                + " among " + all.stream().map(m -> m.object().getKind() + "/" + m.object().getMetadata().getName()).toList()));
    }

    List<HasMetadata> ofKind(String apiVersion, String kind) {
        return all.stream().map(Manifest::object)
                .filter(o -> apiVersion.equals(o.getApiVersion()) && kind.equals(o.getKind())).toList();
    }

    /** Bytes of rendered YAML per service (its app.kubernetes.io/name label; fleet-wide objects under ""). */
    Map<String, Integer> sizeByService() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Manifest manifest : all) {
            sizes.merge(manifest.serviceName(), manifest.text().getBytes(StandardCharsets.UTF_8).length, Integer::sum);
        }
        return sizes;
    }
}
