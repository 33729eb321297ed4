package com.xcord.server.support;

import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.FieldViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON merge-patch body into its request record and validates it the way
 * {@code @Valid} validates a whole body: with the Bean Validation constraints on the record,
 * but only for the fields present (an absent field is not being changed). Every bad field is
 * reported at once, as {@code errors: [{field, message}]}. Values are typed strictly (a
 * string field takes a JSON string, a number field an integer), as clients of the old
 * hand-written checks were used to, and a field the record does not have is refused.
 */
@Component
public class PatchReader {

    private final Validator validator;

    PatchReader(Validator validator) {
        this.validator = validator;
    }

    public <R extends Record> Patch<R> read(JsonNode body, Class<R> type) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("The body must be a JSON object");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Set<String> present = new HashSet<>();
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            String field = components[i].getName();
            JsonNode node = body.get(field);
            if (node == null) {
                continue;
            }
            present.add(field);
            try {
                values[i] = typed(node, components[i].getType());
            } catch (WrongType e) {
                errors.add(new FieldViolation(field, e.getMessage()));
            }
        }
        body.propertyNames().forEach(name -> {
            if (!present.contains(name)) {
                errors.add(new FieldViolation(name, "unknown field")); // as service-kit binds every other body
            }
        });
        R record = construct(type, components, values);
        for (String field : present) {
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                for (ConstraintViolation<R> violation : validator.validateProperty(record, field)) {
                    errors.add(new FieldViolation(field, violation.getMessage()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("Request validation failed", errors);
        }
        return new Patch<>(record, present);
    }

    private static Object typed(JsonNode node, Class<?> type) {
        if (node.isNull()) {
            return null;
        }
        if (type == String.class) {
            if (!node.isString()) {
                throw new WrongType("must be a string");
            }
            return node.asString();
        }
        if (type == Integer.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw new WrongType("must be an integer");
            }
            return node.asInt();
        }
        if (type == Boolean.class) {
            if (!node.isBoolean()) {
                throw new WrongType("must be true or false");
            }
            return node.asBoolean();
        }
        throw new IllegalArgumentException("A patch record takes String, Integer and Boolean fields, not " + type);
    }

    private static <R extends Record> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    private static final class WrongType extends RuntimeException {

        WrongType(String message) {
            super(message, null, false, false);
        }
    }
}
