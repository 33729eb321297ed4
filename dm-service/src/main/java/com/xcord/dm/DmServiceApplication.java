package com.xcord.dm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Direct and group conversations, messages, read state and unread counts. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DmServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DmServiceApplication.class, args);
    }
}
