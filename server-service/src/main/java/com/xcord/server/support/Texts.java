package com.xcord.server.support;

/** How request records normalize their texts before validation. */
public final class Texts {

    /** Surrounding blanks removed; null stays null. */
    public static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** An optional text: surrounding blanks removed, and a blank one is no text (null). */
    public static String stripToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Texts() {
    }
}
