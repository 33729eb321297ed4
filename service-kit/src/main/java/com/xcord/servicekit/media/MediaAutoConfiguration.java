package com.xcord.servicekit.media;

import com.xcord.servicekit.ServiceKitAutoConfiguration;
import com.xcord.servicekit.XcordProperties;
import com.xcord.servicekit.consumer.ConsumerAutoConfiguration;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The media projection and {@link AttachableMedia}, for a service that says {@code xcord.media.attachable: true}
 * (the kit then also creates the {@code media_objects} table, see {@code ServiceKitMigrations}).
 */
@AutoConfiguration(after = {ServiceKitAutoConfiguration.class, ConsumerAutoConfiguration.class})
@ConditionalOnProperty(name = "xcord.media.attachable", havingValue = "true")
public class MediaAutoConfiguration {

    @Bean
    MediaObjects xcordMediaObjects(JdbcTemplate jdbc) {
        return new MediaObjects(JdbcClient.create(jdbc));
    }

    @Bean
    MediaEventsProjection xcordMediaEventsProjection(XcordProperties properties, IdempotentConsumer once,
            MediaObjects media) {
        return new MediaEventsProjection(properties.schema() + ".media-projection", once, media);
    }

    @Bean
    AttachableMedia attachableMedia(MediaObjects media) {
        return new AttachableMedia(media);
    }
}
