package com.xcord.events;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The AsyncAPI document as the tests read it: a JSON tree, with the lookups they need. */
final class AsyncApiDocument {

    static final String RESOURCE = "asyncapi/xcord.asyncapi.yaml";

    private final JsonNode root;

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
    }

    static AsyncApiDocument load() {
        return new AsyncApiDocument(read(RESOURCE));
    }

    static JsonNode read(String resource) {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode root() {
        return root;
    }

    ObjectNode copy() {
        return (ObjectNode) root.deepCopy();
    }

    JsonNode message(String key) {
        return root.path("components").path("messages").path(key);
    }

    List<String> messageKeys() {
        return new ArrayList<>(root.path("components").path("messages").propertyNames());
    }

    JsonNode schema(String name) {
        return root.path("components").path("schemas").path(name);
    }

    /** Follows a {@code $ref} inside this document ({@code #/a/b}); any other node is returned as is. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = root.at(current.get("$ref").asString().substring(1));
        }
        return current;
    }

    Optional<JsonNode> channelAt(String address) {
        for (JsonNode channel : root.path("channels")) {
            if (address.equals(channel.path("address").asString())) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
