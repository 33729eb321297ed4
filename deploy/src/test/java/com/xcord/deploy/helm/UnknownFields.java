package com.xcord.deploy.helm;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The fields Kubernetes would not know: fabric8's model classes keep whatever they cannot map in
 * {@code additionalProperties} instead of failing, so a misspelled field ({@code readinesProbe}, {@code replica})
 * would pass a parse. This walks a parsed object and lists the path of every such field.
 */
final class UnknownFields {

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private UnknownFields() {
    }

    static List<String> in(Object object) {
        List<String> found = new ArrayList<>();
        walk(object, object.getClass().getSimpleName(), found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", found);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, found));
            return;
        }
        if (value == null || !value.getClass().getName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        for (Method getter : getters(value)) {
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                // a custom resource without a model class (ServiceMonitor) is all additional properties
                if (!(value instanceof GenericKubernetesResource) && property instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(key -> found.add(path + "." + key));
                }
            } else {
                walk(property, path + "." + propertyName(getter), found);
            }
        }
    }

    private static List<Method> getters(Object value) {
        List<Method> getters = new ArrayList<>();
        for (Method method : value.getClass().getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getName().startsWith("get") && !method.getName().equals("getClass")) {
                getters.add(method);
            }
        }
        return getters;
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            // derived values (Quantity's numerical amount of an odd format): not a field
            return null;
        }
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
