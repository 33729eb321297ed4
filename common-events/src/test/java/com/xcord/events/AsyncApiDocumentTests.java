package com.xcord.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code asyncapi/xcord.asyncapi.yaml} is a valid AsyncAPI 3.0.0 document and tells the truth about
 * the events: every registered type is documented on its topic with its payload's fields and their
 * types, and nothing is documented that the registry does not know. A new event without documentation
 * (or documentation of an event that is gone) fails the build here.
 */
class AsyncApiDocumentTests {

    private static final AsyncApiDocument DOCUMENT = AsyncApiDocument.load();

    /** The ops of DESIGN §6. */
    private static final List<String> OPS = List.of("HELLO", "IDENTIFY", "DISPATCH", "HEARTBEAT", "HEARTBEAT_ACK",
            "RESUME", "RESUMED", "INVALID_SESSION", "RECONNECT", "SUBSCRIBE", "UNSUBSCRIBE", "PRESENCE_UPDATE",
            "TYPING");

    /** String components ending in {@code Id} that are not snowflakes. */
    private static final Set<String> NOT_SNOWFLAKES = Set.of("clientId");

    @Test
    void validatesAgainstTheAsyncApi300JsonSchema() {
        assertThat(DOCUMENT.root().path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(validate(DOCUMENT.root())).isEmpty();
    }

    @Test
    void aBrokenDocumentDoesNotValidate() {
        ObjectNode noInfo = DOCUMENT.copy();
        noInfo.remove("info");
        assertThat(validate(noInfo)).extracting(Error::getMessage).anyMatch(m -> m.contains("info"));

        ObjectNode badChannel = DOCUMENT.copy();
        ((ObjectNode) badChannel.path("channels").path("gateway")).put("address", 42);
        assertThat(validate(badChannel)).isNotEmpty();

        ObjectNode badOperation = DOCUMENT.copy();
        ((ObjectNode) badOperation.path("operations").path("dispatch")).put("action", "broadcast");
        assertThat(validate(badOperation)).isNotEmpty();
    }

    static Stream<EventType<?>> registered() {
        return EventTypes.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("registered")
    void everyRegisteredTypeIsDocumentedOnItsTopicWithItsPayload(EventType<?> type) {
        String key = EventTypes.key(type);
        JsonNode message = DOCUMENT.message(key);
        assertThat(message.isObject()).as("components.messages.%s", key).isTrue();

        JsonNode channel = DOCUMENT.channelAt(type.topic()).orElseThrow(
                () -> new AssertionError("no channel with address " + type.topic()));
        assertThat(channel.path("messages").path(key).path("$ref").asString())
                .as("%s listed in the channel of %s", key, type.topic()).isEqualTo("#/components/messages/" + key);
        assertThat(channel.path("bindings").path("kafka").path("topic").asString()).isEqualTo(type.topic());

        JsonNode payload = message.path("payload").path("allOf");
        assertThat(payload.path(0).path("$ref").asString()).isEqualTo("#/components/schemas/EventEnvelope");
        JsonNode envelope = payload.path(1).path("properties");
        assertThat(envelope.path("type").path("const").asString()).isEqualTo(type.name());
        assertThat(envelope.path("version").path("const").asInt()).isEqualTo(type.version());

        JsonNode data = DOCUMENT.resolve(envelope.path("data"));
        assertRecordSchema(type.payloadType(), data, key + " data");
    }

    /**
     * The example of each event (a real envelope: {@code EventCodecTests} round-trips it) matches the
     * message's schema, so a field documented as never null that the sample has null, an enum value or an
     * id format the schema does not allow, fails here.
     */
    @ParameterizedTest
    @MethodSource("registered")
    void theExampleOfEveryEventMatchesItsSchema(EventType<?> type) {
        JsonNode message = DOCUMENT.message(EventTypes.key(type));
        // the payload schema's $refs point into components: validate against it inside a copy of them
        ObjectNode schema = DOCUMENT.copy().objectNode();
        schema.set("components", DOCUMENT.root().path("components"));
        schema.putArray("allOf").add(message.path("payload"));

        List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(schema).validate(message.path("examples").path(0).path("payload"));

        assertThat(errors).isEmpty();
    }

    @Test
    void everyDocumentedEventIsRegistered() {
        Set<String> registered = EventTypes.ALL.stream().map(EventTypes::key).collect(Collectors.toSet());
        List<String> documentedEvents = DOCUMENT.messageKeys().stream()
                .filter(k -> !k.startsWith("Op_") && !k.startsWith("Dispatch_"))
                .toList();

        assertThat(documentedEvents).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void everyTopicHasItsChannelAndNoOtherKafkaChannelExists() {
        List<String> kafkaChannels = new ArrayList<>();
        for (JsonNode channel : DOCUMENT.root().path("channels")) {
            if (channel.path("bindings").has("kafka")) {
                kafkaChannels.add(channel.path("address").asString());
            }
        }

        assertThat(kafkaChannels).containsExactlyInAnyOrderElementsOf(EventContract.topics());
    }

    @Test
    void theWebSocketChannelHasEveryOpOfTheProtocol() {
        JsonNode gateway = DOCUMENT.root().path("channels").path("gateway");
        assertThat(gateway.path("address").asString()).isEqualTo("/ws");

        for (String op : OPS) {
            if (op.equals("DISPATCH")) {
                continue; // one Dispatch_<type> message per dispatch type
            }
            JsonNode message = DOCUMENT.message("Op_" + op);
            assertThat(message.path("name").asString()).as("Op_%s", op).isEqualTo(op);
            assertThat(gateway.path("messages").path("Op_" + op).path("$ref").asString())
                    .isEqualTo("#/components/messages/Op_" + op);
        }
        List<String> dispatches = DOCUMENT.messageKeys().stream().filter(k -> k.startsWith("Dispatch_")).toList();
        assertThat(dispatches).isNotEmpty();
        for (String key : dispatches) {
            JsonNode message = DOCUMENT.message(key);
            assertThat(message.path("name").asString()).isEqualTo(key.substring("Dispatch_".length()));
            assertThat(message.path("payload").path("type").asString()).as("%s payload", key).isEqualTo("object");
            assertThat(message.path("payload").path("properties").isObject()).as("%s d's properties", key).isTrue();
            assertThat(gateway.path("messages").path(key).path("$ref").asString())
                    .isEqualTo("#/components/messages/" + key);
        }
        assertThat(DOCUMENT.root().path("components").path("schemas").path("GatewayFrame").path("properties")
                .path("op").path("enum").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(OPS);
    }

    /** The schema lists the record's components in order, each with the JSON type the codec writes. */
    private static void assertRecordSchema(Class<?> record, JsonNode schema, String where) {
        RecordComponent[] components = record.getRecordComponents();
        assertThat(schema.path("type").asString()).as("%s type", where).isEqualTo("object");
        assertThat(schema.path("properties").propertyNames())
                .as("%s: the properties of %s", where, record.getSimpleName())
                .containsExactlyElementsOf(Arrays.stream(components).map(RecordComponent::getName).toList());
        assertThat(schema.path("required").valueStream().map(JsonNode::asString))
                .as("%s: every component is always written (null included)", where)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(components).map(RecordComponent::getName).toList());
        for (RecordComponent component : components) {
            assertValueSchema(component.getName(), component.getGenericType(),
                    schema.path("properties").path(component.getName()), where + "." + component.getName());
        }
    }

    private static void assertValueSchema(String name, Type type, JsonNode declared, String where) {
        JsonNode schema = nonNull(DOCUMENT.resolve(declared));
        if (type == String.class) {
            assertThat(types(schema)).as(where).contains("string");
            boolean snowflake = (name.endsWith("Id") || name.equals("permissions") || name.equals("allow")
                    || name.equals("deny")) && !NOT_SNOWFLAKES.contains(name);
            if (snowflake) {
                assertThat(schema.path("pattern").asString()).as("%s is an id sent as a string", where)
                        .isEqualTo("^[0-9]+$");
            }
        } else if (type == Instant.class) {
            assertThat(types(schema)).as(where).contains("string");
            assertThat(schema.path("format").asString()).as(where).isEqualTo("date-time");
        } else if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            assertThat(types(schema)).as(where).contains("integer");
        } else if (type == boolean.class || type == Boolean.class) {
            assertThat(types(schema)).as(where).contains("boolean");
        } else if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertThat(types(schema)).as(where).contains("array");
            Type element = list.getActualTypeArguments()[0];
            String elementName = name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name + "[]";
            assertValueSchema(elementName, element, schema.path("items"), where + "[]");
        } else if (type instanceof Class<?> c && c.isEnum()) {
            assertThat(schema.path("enum").valueStream().filter(v -> !v.isNull()).map(JsonNode::asString))
                    .as("%s: the constants of %s", where, c.getSimpleName())
                    .containsExactlyElementsOf(Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                            .toList());
        } else if (type instanceof Class<?> c && c.isRecord()) {
            assertRecordSchema(c, schema, where);
        } else {
            throw new AssertionError(where + ": no JSON Schema mapping for " + type);
        }
    }

    /** For {@code oneOf: [X, {type: null}]}, X. */
    private static JsonNode nonNull(JsonNode schema) {
        if (schema.has("oneOf")) {
            for (JsonNode option : schema.get("oneOf")) {
                if (!"null".equals(option.path("type").asString())) {
                    return DOCUMENT.resolve(option);
                }
            }
        }
        return schema;
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() ? type.valueStream().map(JsonNode::asString).toList() : List.of(type.asString());
    }

    private static List<Error> validate(JsonNode document) {
        try (InputStream spec = AsyncApiDocumentTests.class.getClassLoader()
                .getResourceAsStream("asyncapi-spec/asyncapi-3.0.0.schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(spec);
            return schema.validate(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
