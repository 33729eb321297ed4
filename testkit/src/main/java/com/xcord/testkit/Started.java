package com.xcord.testkit;

/**
 * A server that {@link TestInfrastructure} is using: where tests reach it, how to release it at JVM exit,
 * and a human-readable description of how it was chosen (for the log).
 */
record Started<T>(T endpoint, AutoCloseable resource, String description) {

    static <T> Started<T> external(T endpoint, String description) {
        return new Started<>(endpoint, () -> { }, description);
    }
}
