package com.xcord.server.support;

import com.xcord.servicekit.web.BadRequestException;
import tools.jackson.databind.JsonNode;

/**
 * A JSON merge-patch body: a field that is absent stays unchanged, {@code null} clears it.
 */
public final class Patch {

    private final JsonNode body;

    private Patch(JsonNode body) {
        this.body = body;
    }

    public static Patch of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("The body must be a JSON object");
        }
        return new Patch(body);
    }

    public boolean has(String field) {
        return body.has(field);
    }

    public boolean isEmpty() {
        return body.isEmpty();
    }

    /** The field's text; null if it is JSON null. */
    public String text(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw BadRequestException.field(field, "must be a string");
        }
        return node.asString();
    }

    /** The field's integer; null if it is JSON null. */
    public Integer integer(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw BadRequestException.field(field, "must be an integer");
        }
        return node.asInt();
    }

    public Boolean bool(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw BadRequestException.field(field, "must be true or false");
        }
        return node.asBoolean();
    }

    /** A field that may not be cleared. */
    public String requiredText(String field) {
        String value = text(field);
        if (value == null) {
            throw BadRequestException.field(field, "must not be null");
        }
        return value;
    }
}
