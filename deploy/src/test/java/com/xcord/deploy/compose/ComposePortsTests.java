package com.xcord.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.deploy.guard.DeployableModules;
import com.xcord.deploy.guard.LauncherCatalog;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What docker-compose.yml opens on the host: one app port (the gateway's), no port twice. */
class ComposePortsTests {

    private static final String GATEWAY = "gateway";
    private static final String LOOPBACK = "127.0.0.1";

    private final ComposeFile compose = ComposeFile.load();

    @Test
    void noHostPortIsPublishedTwice() {
        Map<String, String> serviceByHostPort = new HashMap<>();
        for (String service : compose.serviceNames()) {
            for (ComposeFile.PublishedPort port : compose.ports(service)) {
                String hostPort = EnvExample.resolve(port.hostPort());
                assertThat(hostPort).as("%s publishes container port %s on a host port Docker picks: say which", service, port.containerPort())
                        .isNotEmpty();
                String other = serviceByHostPort.put(hostPort, service);
                assertThat(other).as("host port %s is published by %s and by %s", hostPort, other, service).isNull();
            }
        }
    }

    @Test
    void onlyTheGatewayPublishesAnAppPort() {
        for (String module : DeployableModules.find()) {
            if (!module.equals(GATEWAY)) {
                assertThat(compose.ports(module)).as("%s is reached through the gateway only", module).isEmpty();
            }
        }
        int gatewayPort = LauncherCatalog.entry(GATEWAY).port();
        assertThat(compose.ports(GATEWAY)).singleElement().satisfies(port -> {
            assertThat(port.containerPort()).isEqualTo(Integer.toString(gatewayPort));
            assertThat(EnvExample.resolve(port.hostPort())).isEqualTo("8080");
        });
    }

    @Test
    void theInfrastructureIsPublishedOnLoopbackOnly() {
        for (String service : compose.serviceNames()) {
            if (!service.equals(GATEWAY)) {
                for (ComposeFile.PublishedPort port : compose.ports(service)) {
                    assertThat(port.hostIp()).as("%s's console is for this machine only", service).isEqualTo(LOOPBACK);
                }
            }
        }
        for (String store : new String[] {"postgres", "kafka", "redis"}) {
            assertThat(compose.ports(store)).as("%s is not published (README: how to reach it)", store).isEmpty();
        }
    }
}
