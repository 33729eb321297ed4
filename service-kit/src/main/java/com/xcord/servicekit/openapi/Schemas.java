package com.xcord.servicekit.openapi;

import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Schemas built by hand for an OpenAPI 3.1 document: swagger-models writes a 3.1 schema's
 * {@code type} from {@code types}, so both are set.
 */
final class Schemas {

    static Schema<Object> object() {
        return typed("object");
    }

    static Schema<Object> string() {
        return typed("string");
    }

    static Schema<Object> integer(long minimum) {
        return typed("integer").format("int32").minimum(BigDecimal.valueOf(minimum));
    }

    static Schema<Object> array(Schema<?> items) {
        Schema<Object> array = typed("array");
        array.setItems(items);
        return array;
    }

    static Schema<Object> ref(String schemaName) {
        return new Schema<>().$ref("#/components/schemas/" + schemaName);
    }

    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }

    private Schemas() {
    }
}
