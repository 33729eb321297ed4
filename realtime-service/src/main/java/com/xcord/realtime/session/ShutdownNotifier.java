package com.xcord.realtime.session;

import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.protocol.CloseCode;
import com.xcord.realtime.protocol.Frames;
import com.xcord.realtime.protocol.Op;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On a graceful shutdown, before the web server stops: RECONNECT to every socket, then close it (1012), so
 * clients resume on another replica. Their sessions stay resumable in Redis, and this replica keeps
 * appending to their buffers for up to {@code shutdownHandoff}, until each was resumed elsewhere, so events
 * between RECONNECT and the RESUME are replayed too.
 */
@Component
class ShutdownNotifier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownNotifier.class);
    private final SessionRegistry registry;
    private final RealtimeProperties properties;
    private volatile boolean running;

    ShutdownNotifier(SessionRegistry registry, RealtimeProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        List<Connection> all = registry.connections();
        String frame = Frames.of(Op.RECONNECT, Map.of());
        List<GatewaySession> reconnecting = all.stream().map(Connection::session).filter(java.util.Objects::nonNull).toList();
        for (Connection c : all) {
            c.send(frame);
            c.closeAfterFlush(CloseCode.SERVICE_RESTART, "Server going away; resume elsewhere");
        }
        long deadline = System.currentTimeMillis() + 3000;
        while (registry.hasConnections() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        log.info("sent RECONNECT to {} socket(s)", all.size());
        // keep buffering (the event consumer stops later) until the clients resumed on other replicas
        long handoffEnd = System.currentTimeMillis() + properties.shutdownHandoff().toMillis();
        int remaining = reconnecting.size();
        while (remaining > 0 && System.currentTimeMillis() < handoffEnd) {
            try {
                Thread.sleep(250);
                remaining = registry.releaseMovedSessions(reconnecting);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                log.warn("hand-off check failed: {}", e.toString());
                break;
            }
        }
        log.info("{} session(s) not resumed elsewhere before shutdown", remaining);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stops first: before the web server's graceful shutdown and the event consumer
        return Integer.MAX_VALUE;
    }
}
