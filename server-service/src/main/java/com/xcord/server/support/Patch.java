package com.xcord.server.support;

import java.util.Set;

/**
 * A JSON merge-patch body read into its request record by {@link PatchReader}: a field that
 * is absent stays unchanged, {@code null} clears it. The record holds the (validated) values,
 * {@link #has} tells which fields the client sent.
 */
public record Patch<R extends Record>(R values, Set<String> present) {

    public Patch {
        present = Set.copyOf(present);
    }

    public boolean has(String field) {
        return present.contains(field);
    }
}
