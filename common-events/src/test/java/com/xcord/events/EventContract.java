package com.xcord.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the compiled common-events contains: every class of the producers' packages
 * ({@code com.xcord.events.<producer>}), and the value types a payload reaches through its components.
 */
final class EventContract {

    private EventContract() {
    }

    /** Every top-level and nested class in {@code com.xcord.events.*} sub-packages (not the root package). */
    static List<Class<?>> producerPackageClasses() {
        Path classes = classesRoot();
        Path root = classes.resolve("com/xcord/events");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> !f.getParent().equals(root))
                    .map(f -> classes.relativize(f).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.'))
                    .filter(name -> !name.contains("-")) // package-info
                    .<Class<?>>map(EventContract::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of the {@link Topics} constants: every topic of the fleet. */
    static List<String> topics() {
        return Stream.of(Topics.class.getFields())
                .filter(f -> f.getType() == String.class)
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The classes of common-events a payload's components reach, itself included, transitively. */
    static Set<Class<?>> reachableFrom(Class<?> payload) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(payload));
        while (!todo.isEmpty()) {
            Class<?> next = todo.pop();
            if (!seen.add(next) || !next.isRecord()) {
                continue;
            }
            for (RecordComponent component : next.getRecordComponents()) {
                classesIn(component.getGenericType()).filter(EventContract::ours).forEach(todo::push);
            }
        }
        return seen;
    }

    private static Stream<Class<?>> classesIn(Type type) {
        if (type instanceof Class<?> c) {
            return Stream.of(c);
        }
        if (type instanceof ParameterizedType p) {
            return Stream.concat(classesIn(p.getRawType()),
                    Stream.of(p.getActualTypeArguments()).flatMap(EventContract::classesIn));
        }
        return Stream.empty();
    }

    private static boolean ours(Class<?> c) {
        return c.getPackageName().startsWith("com.xcord.events");
    }

    private static Path classesRoot() {
        try {
            return Path.of(EventTypes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EventContract.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
