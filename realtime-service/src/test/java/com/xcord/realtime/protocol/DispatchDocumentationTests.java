package com.xcord.realtime.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * A dispatch type cannot be added without documentation: the fleet's AsyncAPI document (classpath
 * {@code asyncapi/xcord.asyncapi.yaml}, from common-events) must describe every {@link DispatchType} as the
 * message {@code components.messages.Dispatch_<TYPE>} ({@code name: <TYPE>}, a {@code payload} object schema),
 * offered on the {@code gateway} channel ({@code /ws}), with exactly the fields of the type's view record (the
 * record annotated {@link DispatchPayload} with it).
 */
class DispatchDocumentationTests {

    private static final String DOCUMENT = "asyncapi/xcord.asyncapi.yaml";
    private static final String GATEWAY_CHANNEL = "gateway";

    private final Map<String, Object> document = load();
    private final Map<DispatchType, List<Class<?>>> views = views();

    @Test
    void everyDispatchTypeHasExactlyOneViewRecord() {
        for (DispatchType type : DispatchType.values()) {
            assertThat(views.getOrDefault(type, List.of()))
                    .as("records annotated @DispatchPayload(%s)", type)
                    .hasSize(1)
                    .allSatisfy(view -> assertThat(view.isRecord()).as("%s is a record", view.getName()).isTrue());
        }
    }

    @Test
    void everyDispatchTypeIsADocumentedMessageOfTheGatewayChannel() {
        Map<String, Object> gateway = map(map(document.get("channels"), "channels").get(GATEWAY_CHANNEL),
                "channels." + GATEWAY_CHANNEL);
        assertThat(gateway.get("address")).as("the gateway channel's address").isEqualTo("/ws");
        Map<String, Object> offered = map(gateway.get("messages"), "channels.gateway.messages");
        for (DispatchType type : DispatchType.values()) {
            String id = messageId(type);
            Map<String, Object> message = message(type);
            assertThat(message.get("name")).as("%s's name", id).isEqualTo(type.name());
            assertThat(properties(type)).as("%s's payload properties", id).isNotNull();
            assertThat(offered.entrySet()).as("the gateway channel offers %s", id)
                    .anySatisfy(e -> assertThat(e.getKey().equals(id)
                            || ("#/components/messages/" + id).equals(map(e.getValue(), e.getKey()).get("$ref")))
                            .isTrue());
        }
    }

    @Test
    void everyDocumentedPayloadHasExactlyTheFieldsOfItsViewRecord() {
        List<String> mismatches = new ArrayList<>();
        for (DispatchType type : DispatchType.values()) {
            if (!isDocumented(type)) {
                continue; // reported by everyDispatchTypeIsADocumentedMessageOfTheGatewayChannel
            }
            for (Class<?> view : views.getOrDefault(type, List.of())) {
                Set<String> fields = new LinkedHashSet<>();
                for (RecordComponent component : view.getRecordComponents()) {
                    fields.add(component.getName());
                }
                Set<String> documented = properties(type).keySet();
                if (!documented.equals(fields)) {
                    mismatches.add(type + ": documented " + documented + ", but " + view.getSimpleName() + " has "
                            + fields);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    // ---- the document ----

    private static String messageId(DispatchType type) {
        return "Dispatch_" + type.name();
    }

    private boolean isDocumented(DispatchType type) {
        return document.get("components") instanceof Map<?, ?> components
                && components.get("messages") instanceof Map<?, ?> messages
                && messages.get(messageId(type)) != null;
    }

    private Map<String, Object> message(DispatchType type) {
        Map<String, Object> messages = map(map(document.get("components"), "components").get("messages"),
                "components.messages");
        Object message = messages.get(messageId(type));
        assertThat(message).as("components.messages.%s (the documentation of dispatch %s)", messageId(type), type)
                .isNotNull();
        return resolve(map(message, messageId(type)));
    }

    /** The payload schema's {@code properties} (a multi-format {@code {schemaFormat, schema}} payload unwrapped). */
    private Map<String, Object> properties(DispatchType type) {
        Map<String, Object> payload = resolve(map(message(type).get("payload"), messageId(type) + ".payload"));
        if (!payload.containsKey("properties") && payload.get("schema") != null) {
            payload = resolve(map(payload.get("schema"), messageId(type) + ".payload.schema"));
        }
        return map(payload.get("properties"), messageId(type) + ".payload.properties");
    }

    /** Follows a local {@code $ref} ({@code #/components/...}). */
    private Map<String, Object> resolve(Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (!(ref instanceof String pointer) || !pointer.startsWith("#/")) {
            return node;
        }
        Object target = document;
        for (String part : pointer.substring(2).split("/")) {
            target = map(target, pointer).get(part.replace("~1", "/").replace("~0", "~"));
        }
        return resolve(map(target, pointer));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String where) {
        assertThat(node).as("%s in %s", where, DOCUMENT).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> load() {
        try (InputStream in = DispatchDocumentationTests.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertThat(in).as("the AsyncAPI document on the classpath (%s)", DOCUMENT).isNotNull();
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the code ----

    private static Map<DispatchType, List<Class<?>>> views() {
        Map<DispatchType, List<Class<?>>> views = new EnumMap<>(DispatchType.class);
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.xcord.realtime")) {
            if (c.isAnnotatedWith(DispatchPayload.class)) {
                Class<?> view = c.reflect();
                Arrays.stream(view.getAnnotation(DispatchPayload.class).value())
                        .forEach(type -> views.computeIfAbsent(type, t -> new ArrayList<>()).add(view));
            }
        }
        return views;
    }
}
