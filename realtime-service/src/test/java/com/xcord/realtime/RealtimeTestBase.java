package com.xcord.realtime;

import com.xcord.realtime.support.Events;
import com.xcord.realtime.support.WsClient;
import com.xcord.servicekit.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * One Spring context for every test class of the module (same annotations and properties): real Kafka and
 * Redis from the testkit, tokens from service-kit's TestTokens, real WebSocket clients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "xcord.realtime.replica-id=replica-1",
        "xcord.realtime.heartbeat-interval=2s",
        "xcord.realtime.identify-timeout=2s",
        "xcord.realtime.resume-ttl=1m",
        "xcord.realtime.outbound-queue=64",
        "xcord.realtime.shutdown-handoff=2s",
        "xcord.realtime.write-timeout=2s",
        "xcord.realtime.allowed-origins=http://allowed.example"})
public abstract class RealtimeTestBase {

    static {
        Events.ensureTopics();
    }

    @LocalServerPort
    protected int port;

    private final List<WsClient> clients = new ArrayList<>();

    protected WsClient connect() {
        WsClient c = WsClient.connect(port);
        clients.add(c);
        return c;
    }

    protected WsClient track(WsClient c) {
        clients.add(c);
        return c;
    }

    /** A connected, identified client for the user. */
    protected WsClient online(String userId) {
        WsClient c = connect();
        c.identify(token(userId));
        return c;
    }

    /**
     * Another replica in this JVM: its own application context, sockets and projection (replayed from Kafka at
     * its start), the same Kafka and Redis. The caller closes it.
     */
    protected static ConfigurableApplicationContext startReplica(String id) {
        return new SpringApplicationBuilder(RealtimeApplication.class).run(
                "--server.port=0", "--xcord.realtime.replica-id=" + id, "--xcord.realtime.heartbeat-interval=2s",
                "--xcord.realtime.identify-timeout=2s", "--xcord.realtime.shutdown-handoff=10s",
                "--spring.jmx.enabled=false");
    }

    protected static int portOf(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    protected static String token(String userId) {
        return TestTokens.accessToken(Long.parseLong(userId));
    }

    protected static String token(String userId, long sessionId) {
        return TestTokens.accessToken(Long.parseLong(userId), sessionId);
    }

    protected static String text(JsonNode node, String field) {
        return node.path(field).asString();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
        clients.clear();
    }
}
