package com.xcord.realtime.resume;

import com.xcord.realtime.RealtimeProperties;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResumeConfig {

    @Bean
    ReplicaId replicaId(RealtimeProperties properties) {
        String id = properties.replicaId();
        return new ReplicaId(id != null && !id.isBlank() ? id : UUID.randomUUID().toString());
    }
}
