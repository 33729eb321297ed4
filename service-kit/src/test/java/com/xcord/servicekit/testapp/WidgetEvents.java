package com.xcord.servicekit.testapp;

import com.xcord.events.EventType;

/** The test service's events (not in the fleet's registry: consumers see the payload as JSON). */
public final class WidgetEvents {

    public static final String TOPIC = "xcord.test.widgets";
    public static final String POISON_TOPIC = "xcord.test.poison";

    public record WidgetCreated(String widgetId, String name) {
    }

    public record WidgetBumped(String subject, long seq) {
    }

    public record Probe(String name, boolean fail) {
    }

    public static final EventType<WidgetCreated> CREATED =
            new EventType<>("widget.created", 1, TOPIC, WidgetCreated.class);
    public static final EventType<WidgetBumped> BUMPED =
            new EventType<>("widget.bumped", 1, TOPIC, WidgetBumped.class);
    public static final EventType<Probe> PROBE =
            new EventType<>("widget.probe", 1, POISON_TOPIC, Probe.class);

    private WidgetEvents() {
    }
}
