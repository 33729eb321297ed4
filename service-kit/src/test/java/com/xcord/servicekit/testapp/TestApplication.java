package com.xcord.servicekit.testapp;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A tiny service built on the kit, the subject of the kit's integration tests. */
@SpringBootApplication
public class TestApplication {

    public static void main(String[] args) {
        SpringApplication.run(TestApplication.class, args);
    }

    @Bean
    NewTopic widgetsTopic() {
        return new NewTopic(WidgetEvents.TOPIC, 3, (short) 1);
    }

    @Bean
    NewTopic poisonTopic() {
        return new NewTopic(WidgetEvents.POISON_TOPIC, 1, (short) 1);
    }
}
