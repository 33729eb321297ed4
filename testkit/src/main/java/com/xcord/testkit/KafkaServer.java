package com.xcord.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka in KRaft combined mode (broker + controller), run in-process from Kafka's own
 * server classes.
 *
 * <p>Unlike Spring Kafka's {@code EmbeddedKafkaKraftBroker}, both ports are chosen once and kept, so
 * {@link #stop()} / {@link #restart()} bring the broker back at the same bootstrap address with the
 * same log directory: topics, records and committed offsets survive.
 */
public final class KafkaServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaServer.class);
    private static final String HOST = "localhost";
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String CONTROLLER_PORT_FILE = "controller.port";

    private final Path dataDir;
    private final boolean tempDir;
    private final int port;
    private final KafkaConfig config;
    private KafkaRaftServer server;

    private KafkaServer(Path dataDir, boolean tempDir, int port, int controllerPort) {
        this.dataDir = dataDir;
        this.tempDir = tempDir;
        this.port = port;
        this.config = new KafkaConfig(serverProperties(dataDir.resolve("logs"), port, controllerPort), false);
    }

    /**
     * @param dataDir null for a temp directory deleted on close
     * @param port    0 to pick a free port once; it is kept across {@link #restart()}
     */
    public static KafkaServer start(Path dataDir, int port) {
        Path dir = Files2.dirOrTemp(dataDir, "xcord-kafka");
        KafkaServer kafka = new KafkaServer(dir, dataDir == null, Ports.freeIfZero(port), controllerPort(dir));
        kafka.formatIfNeeded();
        try {
            kafka.startServer();
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        return kafka;
    }

    /** {@code localhost:PORT}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Shuts the broker down; clients see it unreachable until {@link #restart()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long started = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        server = null;
        log.info("Embedded Kafka on {} stopped in {} ms", bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Starts the broker again on the same address with the same data. */
    public synchronized void restart() {
        stop();
        startServer();
    }

    @Override
    public synchronized void close() {
        stop();
        if (tempDir) {
            Files2.deleteQuietly(dataDir);
        }
    }

    private synchronized void startServer() {
        long started = System.nanoTime();
        KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            // returns once the broker has caught up with the metadata log and is unfenced
            raftServer.startup();
        } catch (RuntimeException e) {
            raftServer.shutdown();
            raftServer.awaitShutdown();
            throw new IllegalStateException("could not start embedded Kafka on " + bootstrapServers(), e);
        }
        server = raftServer;
        log.info("Embedded Kafka on {} ({}) started in {} ms", bootstrapServers(),
                tempDir ? "temp data" : "data in " + dataDir, (System.nanoTime() - started) / 1_000_000);
    }

    /** Like {@code kafka-storage format}, once: an existing log directory is reused as it is. */
    private void formatIfNeeded() {
        Path logDir = dataDir.resolve("logs");
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    // static quorum (controller.quorum.voters): no dynamic-quorum bootstrap needed
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage in " + logDir, e);
        }
    }

    /** The controller port is remembered in the data directory so a persistent node keeps its quorum address. */
    private static int controllerPort(Path dir) {
        Path file = dir.resolve(CONTROLLER_PORT_FILE);
        try {
            if (Files.exists(file)) {
                int remembered = Integer.parseInt(Files.readString(file).trim());
                if (!Ports.isListening(HOST, remembered)) {
                    return remembered;
                }
            }
            int port = Ports.free();
            Files.writeString(file, Integer.toString(port));
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> serverProperties(Path logDir, int port, int controllerPort) {
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        // a single node: every internal topic has one replica
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // fewer internal partitions than the default 50: much faster first consumer group / transaction
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("group.initial.rebalance.delay.ms", "0");
        // several partitions, so per-key ordering tests are meaningful
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        // keep the in-process broker's footprint small
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("background.threads", "2");
        return props;
    }
}
