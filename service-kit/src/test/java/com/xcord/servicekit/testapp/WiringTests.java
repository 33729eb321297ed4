package com.xcord.servicekit.testapp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** How the kit plugs into a service: migrations, default beans. */
class WiringTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void kitMigrationsRunWithTheirOwnHistoryBeforeTheServices() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM servicekit_test.servicekit_schema_history "
                + "WHERE success AND version = '1'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT version FROM servicekit_test.flyway_schema_history "
                + "WHERE success ORDER BY installed_rank", String.class)).containsExactly("0", "1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                + "'servicekit_test' AND table_name IN ('outbox_event', 'processed_event', 'idempotency_key', "
                + "'widget')", Integer.class)).isEqualTo(4);
    }

    @Test
    void theKitsListenerFactoryIsTheDefault() {
        assertThat(context.getBean("kafkaListenerContainerFactory"))
                .isSameAs(context.getBean("xcordListenerFactory"));
    }
}
