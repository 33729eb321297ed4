package com.xcord.servicekit.consumer;

import com.xcord.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Creates {@code <topic>.dlt} for every topic a {@code @KafkaListener} reads, before the
 * listeners start, so that dead-lettering never depends on broker-side auto-creation.
 */
public class DeadLetterTopics implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterTopics.class);

    private final ObjectProvider<KafkaListenerEndpointRegistry> registryProvider;
    private final ObjectProvider<KafkaAdmin> adminProvider;
    private final DeadLetterMeters meters;
    private KafkaAdmin admin;
    private volatile boolean running;

    public DeadLetterTopics(ObjectProvider<KafkaListenerEndpointRegistry> registry, ObjectProvider<KafkaAdmin> admin) {
        this(registry, admin, null);
    }

    /** @param meters the dead-letter counters to start at 0 for every topic read; null for none */
    public DeadLetterTopics(ObjectProvider<KafkaListenerEndpointRegistry> registry, ObjectProvider<KafkaAdmin> admin,
            DeadLetterMeters meters) {
        this.registryProvider = registry;
        this.adminProvider = admin;
        this.meters = meters;
    }

    @Override
    public void start() {
        running = true;
        KafkaListenerEndpointRegistry registry = registryProvider.getIfAvailable();
        admin = adminProvider.getIfAvailable();
        if (registry == null || admin == null) {
            return;
        }
        Set<String> sources = new LinkedHashSet<>();
        for (MessageListenerContainer container : registry.getAllListenerContainers()) {
            String[] topics = container.getContainerProperties().getTopics();
            if (topics != null) {
                Arrays.stream(topics).filter(t -> !t.endsWith(".dlt")).forEach(sources::add);
            }
        }
        if (sources.isEmpty()) {
            return;
        }
        if (meters != null) {
            meters.listening(sources);
        }
        try {
            Map<String, TopicDescription> existing = describe(sources);
            NewTopic[] dlts = sources.stream()
                    .map(t -> new NewTopic(Topics.deadLetter(t), partitions(existing.get(t)), (short) -1))
                    .toArray(NewTopic[]::new);
            admin.createOrModifyTopics(dlts);
        } catch (RuntimeException e) {
            log.warn("could not create dead-letter topics for {} (broker auto-creation is the fallback): {}",
                    sources, e.toString());
        }
    }

    private Map<String, TopicDescription> describe(Set<String> topics) {
        try {
            return admin.describeTopics(topics.toArray(String[]::new));
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static int partitions(TopicDescription description) {
        return description == null ? 1 : description.partitions().size();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // before the listener containers (Integer.MAX_VALUE - 100)
        return Integer.MAX_VALUE - 200;
    }
}
