package com.xcord.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Servers (guilds), channels, members, roles and permissions, invites, bans and channel messages. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ServerServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ServerServiceApplication.class, args);
    }
}
