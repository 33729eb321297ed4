package com.xcord.live;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Live streams, categories, stream keys, RTMP ingest callbacks, viewer counts and live chat. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LiveServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(LiveServiceApplication.class, args);
    }
}
