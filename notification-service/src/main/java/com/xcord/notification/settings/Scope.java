package com.xcord.notification.settings;

/** What a scope setting is about. */
enum Scope {
    SERVER, CHANNEL;

    String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
