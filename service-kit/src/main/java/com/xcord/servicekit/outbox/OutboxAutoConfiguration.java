package com.xcord.servicekit.outbox;

import com.xcord.events.EventCodec;
import com.xcord.servicekit.ServiceKitAutoConfiguration;
import com.xcord.servicekit.XcordProperties;
import com.xcord.servicekit.id.IdsAutoConfiguration;
import com.xcord.servicekit.id.SnowflakeIds;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/** The transactional outbox and its relay to Kafka. */
@AutoConfiguration(after = {ServiceKitAutoConfiguration.class, IdsAutoConfiguration.class,
        DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, KafkaAutoConfiguration.class})
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(DataSource dataSource, KafkaProperties kafka,
            ObjectProvider<KafkaConnectionDetails> connectionDetails, XcordProperties properties,
            ObjectProvider<MeterRegistry> meters, Environment environment) {
        Map<String, Object> config = producerConfig(kafka, connectionDetails.getIfAvailable(),
                environment.getProperty("spring.application.name", "application"), properties.outbox());
        XcordProperties.Outbox outbox = properties.outbox();
        return new OutboxRelay(dataSource, () -> new KafkaProducer<>(config), properties.schema(),
                outbox.batchSize(), outbox.sweepInterval(), outbox.sendTimeout(), outbox.maxBackoff(),
                meters.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxBacklog outboxBacklog(JdbcTemplate jdbc) {
        return new OutboxBacklog(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(JdbcTemplate jdbc, SnowflakeIds ids, EventCodec codec, OutboxRelay relay, Environment environment) {
        return new Outbox(jdbc, ids, codec, environment.getProperty("spring.application.name", "application"),
                relay::wakeUp);
    }

    /** Boot's producer settings, with the guarantees the outbox relies on forced on top. */
    static Map<String, Object> producerConfig(KafkaProperties kafka, KafkaConnectionDetails details, String app,
            XcordProperties.Outbox outbox) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        if (details != null) {
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",",
                    details.getProducer().getBootstrapServers()));
        }
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, app + "-outbox");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        int requestTimeout = (int) Math.max(1_000, outbox.sendTimeout().toMillis() / 3);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                (int) Math.max(requestTimeout + 1_000L, outbox.sendTimeout().toMillis() - 1_000));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, requestTimeout);
        return config;
    }
}
