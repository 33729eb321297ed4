package com.xcord.live.support;

import com.xcord.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's topic exists before the first test opens a probe on it ({@code EventProbe.fromNow} reads the
 * partitions there are now; the outbox would only create it with the first event).
 */
@TestConfiguration(proxyBeanMethods = false)
class LiveTopic {

    @Bean
    NewTopic liveEventsTopic() {
        return new NewTopic(Topics.LIVE, 3, (short) 1);
    }
}
