package com.xcord.e2e.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opentest4j.AssertionFailedError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "The socket speaks views, not events" (DESIGN §6): a DISPATCH's {@code d} is the REST resource, field for
 * field. A failure names the fields missing from {@code d}, the extra ones and those whose values differ,
 * then prints both documents.
 */
public final class DispatchAssert {

    /** A field of the REST resource left out of the comparison, and why it may legitimately differ. */
    public record Unchecked(String field, String why) {
    }

    public static Unchecked unchecked(String field, String why) {
        return new Unchecked(field, why);
    }

    /**
     * {@code d} equals {@code rest} (the whole JSON tree) once the {@code unchecked} top-level fields are taken
     * out of both. Each of them must be a field of {@code rest}, so an exclusion cannot outlive its field.
     */
    public static void assertSameAsRest(String type, JsonNode d, JsonNode rest, Unchecked... unchecked) {
        ObjectNode dispatched = copyOf(type, d);
        ObjectNode resource = copyOf(type + "'s REST resource", rest);
        List<String> skipped = new ArrayList<>();
        for (Unchecked u : unchecked) {
            if (!resource.has(u.field())) {
                throw new AssertionError("unchecked field " + u.field() + " is not in the REST resource of " + type
                        + " (any more?): " + rest);
            }
            resource.remove(u.field());
            dispatched.remove(u.field());
            skipped.add(u.field() + " (" + u.why() + ")");
        }
        if (!dispatched.equals(resource)) {
            throw new AssertionFailedError(type + "'s d is not the REST resource: " + diff(dispatched, resource)
                    + (skipped.isEmpty() ? "" : "\n  not compared: " + String.join("; ", skipped))
                    + "\n  d:    " + d + "\n  REST: " + rest, resource.toPrettyString(), dispatched.toPrettyString());
        }
    }

    /**
     * The items of {@code d} (a list in a dispatch, e.g. a server's {@code channels}) are those of {@code rest}
     * (the REST list), matched by {@code id}: the same ids, and each item the REST item.
     */
    public static void assertSameItemsAsRest(String what, JsonNode d, JsonNode rest, Unchecked... unchecked) {
        Set<String> dispatchedIds = ids(d);
        Set<String> restIds = ids(rest);
        if (!dispatchedIds.equals(restIds)) {
            throw new AssertionFailedError(what + ": the ids differ from the REST list's\n  d:    " + d + "\n  REST: " + rest,
                    restIds, dispatchedIds);
        }
        for (JsonNode item : rest) {
            String id = item.path("id").asString();
            JsonNode dispatched = null;
            for (JsonNode candidate : d) {
                if (id.equals(candidate.path("id").asString())) {
                    dispatched = candidate;
                }
            }
            assertSameAsRest(what + " item " + id, dispatched, item, unchecked);
        }
    }

    /** An id-only {@code d}: exactly these fields, with these values (no REST resource to compare with). */
    public static void assertExactly(String type, JsonNode d, Map<String, ?> expected) {
        ObjectNode expectedNode = Http.JSON.valueToTree(expected);
        ObjectNode dispatched = copyOf(type, d);
        if (!dispatched.equals(expectedNode)) {
            throw new AssertionFailedError(type + "'s d is not " + expectedNode + ": " + diff(dispatched, expectedNode)
                    + "\n  d: " + d, expectedNode.toPrettyString(), dispatched.toPrettyString());
        }
    }

    /** A copy of {@code node} without {@code fields}: to compare the part of a dispatch that a REST resource has. */
    public static ObjectNode without(JsonNode node, String... fields) {
        ObjectNode copy = copyOf("the dispatch", node);
        for (String field : fields) {
            copy.remove(field);
        }
        return copy;
    }

    private static ObjectNode copyOf(String what, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new AssertionError(what + " is not a JSON object: " + node);
        }
        return (ObjectNode) node.deepCopy();
    }

    private static Set<String> ids(JsonNode list) {
        if (!list.isArray()) {
            throw new AssertionError("not a JSON array: " + list);
        }
        Set<String> ids = new LinkedHashSet<>();
        list.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    /** Which fields are missing from {@code d}, extra in it, and different. */
    private static String diff(ObjectNode d, ObjectNode expected) {
        List<String> missing = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        for (String field : expected.propertyNames()) {
            if (!d.has(field)) {
                missing.add(field);
            } else if (!d.get(field).equals(expected.get(field))) {
                differing.add(field + " (d " + d.get(field) + ", expected " + expected.get(field) + ")");
            }
        }
        List<String> extra = new ArrayList<>();
        for (String field : d.propertyNames()) {
            if (!expected.has(field)) {
                extra.add(field);
            }
        }
        return "missing " + missing + ", extra " + extra + ", differing " + differing;
    }

    private DispatchAssert() {
    }
}
