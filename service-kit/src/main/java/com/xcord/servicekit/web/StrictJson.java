package com.xcord.servicekit.web;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import java.util.function.Consumer;

/**
 * How request bodies are bound: a JSON value of the wrong type is refused rather than converted ({@code 123} or
 * {@code true} is not a string, {@code "5"} not a number, {@code 1.5} not an integer, {@code 0} not an enum
 * constant, {@code null} not an {@code int}), and a property the request record does not declare is refused
 * too. Every refusal is a 400 naming the field ({@link ProblemExceptionHandler}). Only reading changes: responses
 * are written by the application's mapper exactly as before.
 *
 * <p>Why unknown properties are refused on every body rather than on a chosen few: a field the server ignores is
 * one the client believes it set ({@code role}, {@code emailVerified} on register, a misspelt {@code allow} on an
 * overwrite), and a list of "security-relevant" bodies is a list someone forgets to extend. Every optional field
 * DESIGN lists is a component of its request record, so clients that send only the documented fields are unaffected.
 */
final class StrictJson {

    private StrictJson() {
    }

    static JsonMapper forRequests(JsonMapper applicationMapper) {
        return applicationMapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
                        CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.String, CoercionInputShape.Float,
                        CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Boolean, refuse(CoercionInputShape.String, CoercionInputShape.Integer,
                        CoercionInputShape.Float))
                .withCoercionConfig(LogicalType.Enum, refuse(CoercionInputShape.Integer, CoercionInputShape.Float))
                .build();
    }

    private static Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
        return config -> {
            for (CoercionInputShape shape : shapes) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        };
    }
}
