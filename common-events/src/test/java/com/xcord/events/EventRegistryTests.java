package com.xcord.events;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry is complete: every payload record in common-events has its {@link EventType}
 * constant in a producer's {@code XxxEvents} class, and every such class is in
 * {@link EventTypes#PRODUCERS}. A record that only travels inside a payload (e.g.
 * {@code ChannelOverwrite}, the {@code RelationshipKind} enum) is told apart by being reached
 * from a registered payload's components.
 */
class EventRegistryTests {

    private static final Set<Class<?>> PAYLOADS =
            EventTypes.ALL.stream().map(EventType::payloadType).collect(Collectors.toSet());

    @Test
    void everyRecordAndEnumOfAProducerPackageIsAPayloadOrReachedFromOne() {
        Set<Class<?>> reached = PAYLOADS.stream()
                .flatMap(payload -> EventContract.reachableFrom(payload).stream())
                .collect(Collectors.toSet());

        List<String> forgotten = EventContract.producerPackageClasses().stream()
                .filter(c -> c.isRecord() || c.isEnum())
                .filter(c -> !reached.contains(c))
                .map(c -> c.getName() + " (declare its EventType constant in the package's XxxEvents class,"
                        + " or use it inside a payload)")
                .toList();

        assertThat(forgotten).as("records and enums no registered event carries").isEmpty();
    }

    @Test
    void everyClassDeclaringEventTypesIsARegisteredProducer() {
        List<Class<?>> declaring = EventContract.producerPackageClasses().stream()
                .filter(c -> Arrays.stream(c.getDeclaredFields()).anyMatch(f -> f.getType() == EventType.class))
                .toList();

        assertThat(declaring).isNotEmpty();
        assertThat(EventTypes.PRODUCERS).containsExactlyInAnyOrderElementsOf(declaring);
    }

    @Test
    void everyEventTypeConstantIsPublicStaticFinal() {
        List<Field> hidden = EventTypes.PRODUCERS.stream()
                .flatMap(c -> Arrays.stream(c.getDeclaredFields()))
                .filter(f -> f.getType() == EventType.class)
                .filter(f -> !(Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
                        && Modifier.isFinal(f.getModifiers())))
                .toList();

        assertThat(hidden).as("constants the registry would not see").isEmpty();
    }

    @Test
    void declaringAConstantIsRegisteringIt() {
        assertThat(EventTypes.constantsOf(Sample.class)).containsExactly(Sample.FIRST, Sample.SECOND);
        assertThat(EventTypes.ALL).contains(com.xcord.events.dm.DmEvents.READ_MARKER_MOVED);
        assertThat(EventTypes.find("dm.read_marker.moved", 1)).isPresent();
        assertThat(EventTypes.find("dm.read_marker.moved", 2)).isEmpty();
    }

    @Test
    void namesAndPayloadRecordsAreUnique() {
        assertThat(EventTypes.ALL.stream().map(EventTypes::key)).doesNotHaveDuplicates();
        // consumers (realtime's route table) dispatch on the payload's class
        assertThat(EventTypes.ALL.stream().map(EventType::payloadType)).doesNotHaveDuplicates();
    }

    @Test
    void eachProducerPublishesOnOneOfTheFleetsTopics() {
        List<String> topics = EventContract.topics();
        for (Class<?> producer : EventTypes.PRODUCERS) {
            List<EventType<?>> types = EventTypes.constantsOf(producer);
            assertThat(types).as(producer.getSimpleName()).isNotEmpty();
            assertThat(types.stream().map(EventType::topic).collect(Collectors.toSet()))
                    .as("the topic of every type in %s", producer.getSimpleName()).hasSize(1)
                    .allSatisfy(topic -> assertThat(topics).contains(topic));
        }
        assertThat(EventTypes.PRODUCERS.stream().map(p -> EventTypes.constantsOf(p).get(0).topic()))
                .as("one producer class per topic").doesNotHaveDuplicates();
        assertThat(EventTypes.ALL.stream().collect(Collectors.toMap(EventTypes::key, Function.identity())))
                .hasSize(EventTypes.ALL.size());
    }

    /** A producer class as a newcomer writes one: constants only. */
    static final class Sample {
        public static final EventType<String> FIRST = new EventType<>("sample.first", 1, "t", String.class);
        public static final EventType<String> SECOND = new EventType<>("sample.second", 1, "t", String.class);
        static final String NOT_A_TYPE = "x";
    }
}
