package com.xcord.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Servers (guilds), channels, members, roles and permissions, invites, bans and channel messages. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableResilientMethods
public class ServerServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ServerServiceApplication.class, args);
    }
}
