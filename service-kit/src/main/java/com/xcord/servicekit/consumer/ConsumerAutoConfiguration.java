package com.xcord.servicekit.consumer;

import com.xcord.events.EventCodec;
import com.xcord.events.Topics;
import com.xcord.servicekit.KitScheduler;
import com.xcord.servicekit.ServiceKitAutoConfiguration;
import com.xcord.servicekit.XcordProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerConfigUtils;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Consumers: {@link IdempotentConsumer}, and the listener container factory every
 * {@code @KafkaListener} uses by default ({@code xcordListenerFactory}, aliased
 * {@code kafkaListenerContainerFactory}): String records, blocking bounded retries, then
 * {@code <topic>.dlt}; undecodable records are dead-lettered at once.
 */
@AutoConfiguration(after = {ServiceKitAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class}, before = KafkaAutoConfiguration.class)
public class ConsumerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(PlatformTransactionManager.class)
    IdempotentConsumer idempotentConsumer(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            XcordProperties properties, KitScheduler scheduler, ObjectProvider<MeterRegistry> meters) {
        Duration retention = properties.consumer().processedRetention();
        scheduler.every(Duration.ofMinutes(1), Duration.ofHours(1), "processed_event purge", () -> jdbc.update(
                "DELETE FROM processed_event WHERE processed_at < now() - make_interval(secs => ?)",
                (double) retention.toSeconds()));
        return new IdempotentConsumer(jdbc, new TransactionTemplate(transactionManager), meters.getIfAvailable());
    }

    @Bean(destroyMethod = "destroy")
    DeadLetterProducer xcordDeadLetterProducer(KafkaProperties kafka,
            ObjectProvider<KafkaConnectionDetails> connectionDetails, ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        KafkaConnectionDetails details = connectionDetails.getIfAvailable();
        if (details != null) {
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    String.join(",", details.getProducer().getBootstrapServers()));
        }
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        DeadLetterProducer producer = new DeadLetterProducer(config);
        meters.ifAvailable(registry -> producer.factory.addListener(new MicrometerProducerListener<>(registry)));
        return producer;
    }

    @Bean(name = {"xcordListenerFactory", "kafkaListenerContainerFactory"})
    @ConditionalOnMissingBean(name = "xcordListenerFactory")
    ConcurrentKafkaListenerContainerFactory<Object, Object> xcordListenerFactory(KafkaProperties kafka,
            ObjectProvider<KafkaConnectionDetails> connectionDetails,
            ObjectProvider<ConcurrentKafkaListenerContainerFactoryConfigurer> configurer,
            DeadLetterProducer deadLetters, XcordProperties properties, Environment environment,
            ObjectProvider<MeterRegistry> meters, DeadLetterMeters deadLetterMeters) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        KafkaConnectionDetails details = connectionDetails.getIfAvailable();
        if (details != null) {
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    String.join(",", details.getConsumer().getBootstrapServers()));
        }
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        config.put(ErrorHandlingDeserializer.KEY_DESERIALIZER_CLASS, StringDeserializer.class);
        config.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, StringDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, environment.getProperty("spring.application.name",
                "application"));
        // a new consumer group must not skip events published before its first start
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        DefaultKafkaConsumerFactory<Object, Object> consumerFactory = new DefaultKafkaConsumerFactory<>(config);
        // kafka_consumer_* (records-lag-max per topic/partition among them): Boot instruments only its own factory
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            consumerFactory.addListener(new MicrometerConsumerListener<>(registry));
        }

        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        ConcurrentKafkaListenerContainerFactoryConfigurer bootConfigurer = configurer.getIfAvailable();
        if (bootConfigurer != null) {
            bootConfigurer.configure(factory, consumerFactory);
        } else {
            factory.setConsumerFactory(consumerFactory);
        }
        factory.setCommonErrorHandler(errorHandler(deadLetters.template(), properties.consumer(), deadLetterMeters));
        return factory;
    }

    @Bean
    KafkaListenerConfigurer xcordEventEnvelopeListenerConfigurer(EventCodec codec) {
        return registrar -> registrar.setCustomMethodArgumentResolvers(new EventEnvelopeArgumentResolver(codec));
    }

    @Bean
    DeadLetterTopics xcordDeadLetterTopics(
            @Qualifier(KafkaListenerConfigUtils.KAFKA_LISTENER_ENDPOINT_REGISTRY_BEAN_NAME)
            ObjectProvider<KafkaListenerEndpointRegistry> registry, ObjectProvider<KafkaAdmin> admin,
            DeadLetterMeters meters) {
        return new DeadLetterTopics(registry, admin, meters);
    }

    @Bean
    DeadLetterMeters xcordDeadLetterMeters(ObjectProvider<MeterRegistry> meters) {
        return new DeadLetterMeters(meters::getIfAvailable);
    }

    static DefaultErrorHandler errorHandler(KafkaTemplate<Object, Object> template, XcordProperties.Consumer config,
            DeadLetterMeters meters) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ConsumerRecordRecoverer recoverer = meters == null ? publisher : countingDeadLetters(publisher, meters);
        long retries = Math.max(0, config.maxAttempts() - 1);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(config.backoff().toMillis(), retries));
        handler.addNotRetryableExceptions(EventCodec.EventCodecException.class);
        return handler;
    }

    /**
     * Counts the record once it is on {@code <topic>.dlt}: the publisher waits for the broker's acknowledgement and
     * throws (nothing counted, the record retried) if it fails.
     */
    static ConsumerRecordRecoverer countingDeadLetters(DeadLetterPublishingRecoverer publisher, DeadLetterMeters meters) {
        return (record, exception) -> {
            publisher.accept(record, exception);
            meters.deadLettered(record.topic());
        };
    }

    /** byte[] as is (an undecodable record's original bytes), anything else as UTF-8 text; null stays null. */
    static final class RawOrStringSerializer implements Serializer<Object> {

        @Override
        public byte[] serialize(String topic, Object data) {
            if (data == null) {
                return null;
            }
            if (data instanceof byte[] bytes) {
                return bytes;
            }
            return data.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The producer that writes dead letters: raw bytes for undecodable records, Strings otherwise. */
    public static class DeadLetterProducer implements DisposableBean {

        private final DefaultKafkaProducerFactory<Object, Object> factory;
        private final KafkaTemplate<Object, Object> template;

        DeadLetterProducer(Map<String, Object> config) {
            this.factory = new DefaultKafkaProducerFactory<>(config, new RawOrStringSerializer(),
                    new RawOrStringSerializer());
            this.template = new KafkaTemplate<>(factory);
        }

        public KafkaTemplate<Object, Object> template() {
            return template;
        }

        @Override
        public void destroy() {
            factory.destroy();
        }
    }
}
