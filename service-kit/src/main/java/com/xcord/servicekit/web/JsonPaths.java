package com.xcord.servicekit.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Where in a JSON body something is, in the form bean-validation errors name nested fields in:
 * {@code parts[1].text}, {@code overwrites[0].allow}; {@code body} for the document itself.
 */
final class JsonPaths {

    static final String ROOT = "body";

    private JsonPaths() {
    }

    /** The path of a parser's current position. */
    static String of(TokenStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            segments.push(c.inArray() ? "[" + Math.max(c.getCurrentIndex(), 0) + "]"
                    : StorableText.printable(c.currentName(), "?"));
        }
        return join(segments);
    }

    /** The path Jackson recorded on a binding failure. */
    static String of(List<JacksonException.Reference> references) {
        Deque<String> segments = new ArrayDeque<>();
        for (JacksonException.Reference reference : references) {
            segments.add(reference.getPropertyName() != null
                    ? StorableText.printable(reference.getPropertyName(), "?")
                    : "[" + Math.max(reference.getIndex(), 0) + "]");
        }
        return join(segments);
    }

    private static String join(Iterable<String> segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (!path.isEmpty() && !segment.startsWith("[")) {
                path.append('.');
            }
            path.append(segment);
        }
        return path.isEmpty() ? ROOT : path.toString();
    }
}
