package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class InfrastructureLogsTests {

    @Test
    void linesArePrefixedWithTheServerTheyComeFrom() {
        assertThat(InfrastructureLogs.source("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")).isEqualTo("postgres");
        assertThat(InfrastructureLogs.source("com.xcord.testkit.PostgresServer")).isEqualTo("postgres");
        assertThat(InfrastructureLogs.source("kafka.server.BrokerServer")).isEqualTo("kafka");
        assertThat(InfrastructureLogs.source("com.xcord.testkit.RedisServer")).isEqualTo("redis");
        assertThat(InfrastructureLogs.source("com.xcord.testkit.OrphanProcesses")).isEqualTo("devstack");
    }

    @Test
    void keepsWhatMattersAndDropsTheChatter() {
        assertThat(InfrastructureLogs.wanted("com.xcord.testkit.KafkaServer", Level.INFO, "started")).isTrue();
        assertThat(InfrastructureLogs.wanted("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", Level.INFO,
                "2026-01-01 UTC [42] FATAL:  password authentication failed for user \"feed\"")).isTrue();
        assertThat(InfrastructureLogs.wanted("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", Level.INFO,
                "creating subdirectories ... ok")).isFalse();
        assertThat(InfrastructureLogs.wanted("org.apache.kafka.controller.QuorumController", Level.WARN, "activation")).isFalse();
        assertThat(InfrastructureLogs.wanted("kafka.server.BrokerServer", Level.ERROR, "disk full")).isTrue();
        // KRaft logs every partition of a newly created topic at ERROR: routine, dropped; other state-change errors stay
        assertThat(InfrastructureLogs.wanted("state.change.logger", Level.ERROR, "[Broker id=1] Expected partition "
                + "xcord.auth.events.dlt-1 with topic id U9Vc to exist, but it was missing. Creating...")).isFalse();
        assertThat(InfrastructureLogs.wanted("state.change.logger", Level.ERROR, "[Broker id=1] something else")).isTrue();
        assertThat(InfrastructureLogs.source("state.change.logger")).isEqualTo("kafka");
        assertThat(InfrastructureLogs.wanted("redis.embedded.RedisServer", Level.WARN, "x")).isTrue();
        assertThat(InfrastructureLogs.wanted("redis.embedded.RedisServer", Level.INFO, "x")).isFalse();
    }
}
