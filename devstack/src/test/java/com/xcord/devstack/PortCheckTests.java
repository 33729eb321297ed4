package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckTests {

    @Test
    void reportsOnlyThePortsSomethingListensOn() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int free;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                free = probe.getLocalPort();
            }
            Map<String, Integer> wanted = new LinkedHashMap<>();
            wanted.put("PostgreSQL", taken.getLocalPort());
            wanted.put("auth-service", free);

            Map<String, Integer> busy = PortCheck.busy(wanted);

            assertThat(busy).containsOnlyKeys("PostgreSQL");
            assertThat(PortCheck.describe(busy)).isEqualTo(taken.getLocalPort() + " (PostgreSQL)");
        }
    }
}
