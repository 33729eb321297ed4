package com.xcord.servicekit.projection;

import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The skeleton of a service's local copy of another service's events: one Kafka listener on the
 * topics of the types it handles, each event dispatched by type to its handler and applied once
 * under the projection's consumer name ({@link IdempotentConsumer}). An event of a type without a
 * handler, or one its handler does not want, is skipped and not recorded.
 *
 * <p>A projection is a {@code @Component} that names itself and lists its handlers in its
 * constructor, nothing else:
 *
 * <pre>{@code
 * @Component
 * class AuthEventsProjection extends EventProjection {
 *     AuthEventsProjection(IdempotentConsumer once, ProjectionRepository projections) {
 *         super("feed.auth-projection", once);
 *         on(AuthEvents.USER_REGISTERED, user -> projections.upsertUser(...));
 *     }
 * }
 * }</pre>
 *
 * The consumer name is what {@code processed_event} records: renaming it makes the projection
 * apply every retained event again.
 */
public abstract class EventProjection {

    private final String consumer;
    private final IdempotentConsumer once;
    private final Map<EventType<?>, Handler<?>> handlers = new LinkedHashMap<>();

    protected EventProjection(String consumer, IdempotentConsumer once) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.once = Objects.requireNonNull(once, "once");
    }

    /** Applies every event of {@code type}. */
    protected final <T> void on(EventType<T> type, Consumer<? super T> effect) {
        on(type, payload -> true, effect);
    }

    /** Applies the events of {@code type} that are {@code relevant}; the others are skipped without a trace. */
    protected final <T> void on(EventType<T> type, Predicate<? super T> relevant, Consumer<? super T> effect) {
        if (handlers.putIfAbsent(type, new Handler<>(type, relevant, effect)) != null) {
            throw new IllegalStateException(consumer + " handles " + type.name() + " twice");
        }
    }

    /** The topics the handled types travel on: what the listener subscribes to. */
    public final String[] topics() {
        if (handlers.isEmpty()) {
            throw new IllegalStateException(consumer + " handles no event type: register handlers in its constructor");
        }
        return handlers.keySet().stream().map(EventType::topic).distinct().toArray(String[]::new);
    }

    public final String consumer() {
        return consumer;
    }

    @KafkaListener(topics = "#{__listener.topics()}")
    public void onEvent(EventEnvelope<?> event) {
        apply(event);
    }

    /** Applies the event if a handler wants it; true if its effect ran now (false: skipped or applied before). */
    public final boolean apply(EventEnvelope<?> event) {
        for (Handler<?> handler : handlers.values()) {
            if (event.is(handler.type())) {
                return handler.apply(event);
            }
        }
        return false;
    }

    private final class Handler<T> {

        private final EventType<T> type;
        private final Predicate<? super T> relevant;
        private final Consumer<? super T> effect;

        Handler(EventType<T> type, Predicate<? super T> relevant, Consumer<? super T> effect) {
            this.type = type;
            this.relevant = relevant;
            this.effect = effect;
        }

        EventType<T> type() {
            return type;
        }

        boolean apply(EventEnvelope<?> event) {
            T payload = event.dataAs(type);
            return relevant.test(payload) && once.handleOnce(consumer, event, () -> effect.accept(payload));
        }
    }
}
