package com.xcord.events;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.feed.FeedEvents;
import com.xcord.events.live.LiveEvents;
import com.xcord.events.media.MediaEvents;
import com.xcord.events.server.ServerEvents;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Registry of every event type in the fleet, so a consumer can decode any envelope it reads.
 *
 * <p>It is assembled from the {@code public static final EventType} constants of the producers'
 * {@code XxxEvents} classes: declaring the constant is registering it, so a type cannot be
 * published and yet decode as raw JSON on the consumer side. A new producing service adds its
 * {@code XxxEvents} class to {@link #PRODUCERS} ({@code EventRegistryTests} fails until it does).
 */
public final class EventTypes {

    /** The class of constants of each producing service, one per topic. */
    public static final List<Class<?>> PRODUCERS = List.of(
            AuthEvents.class, ServerEvents.class, DmEvents.class, FeedEvents.class, MediaEvents.class,
            LiveEvents.class);

    /** Every known type, in the order the producers declare them. */
    public static final List<EventType<?>> ALL = PRODUCERS.stream()
            .flatMap(producer -> constantsOf(producer).stream())
            .toList();

    private static final Map<String, EventType<?>> BY_KEY =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventTypes::key, Function.identity()));

    public static Optional<EventType<?>> find(String name, int version) {
        return Optional.ofNullable(BY_KEY.get(key(name, version)));
    }

    /** {@code name.vN}: how a type is named where name and version travel together (AsyncAPI, logs). */
    public static String key(EventType<?> type) {
        return key(type.name(), type.version());
    }

    /** The {@code public static final EventType} fields of a producer's class, in declaration order. */
    static List<EventType<?>> constantsOf(Class<?> producer) {
        return Arrays.stream(producer.getDeclaredFields())
                .filter(f -> f.getType() == EventType.class)
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
                        && Modifier.isFinal(f.getModifiers()))
                .<EventType<?>>map(EventTypes::read)
                .toList();
    }

    private static EventType<?> read(Field field) {
        try {
            return (EventType<?>) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static String key(String name, int version) {
        return name + ".v" + version;
    }

    private EventTypes() {
    }
}
