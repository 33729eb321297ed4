package com.xcord.realtime.support;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client (the JDK's) that records every frame and the close code. */
public final class WsClient implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ScheduledExecutorService HEARTBEATS = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "test-heartbeats");
        t.setDaemon(true);
        return t;
    });

    public final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    public final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    public volatile String closeReason;
    private final WebSocket ws;
    private volatile java.util.concurrent.ScheduledFuture<?> heartbeat;
    private volatile long lastSeq;
    /** HEARTBEAT frames sent (guarded by this), for {@link #sync()}. */
    private long heartbeatsSent;

    private WsClient(URI uri, Map<String, String> headers, boolean autoRead) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        this.ws = builder.buildAsync(uri, new Listener(autoRead)).join();
    }

    /** Connects and heartbeats every 700 ms (the tests run with a 2 s interval). */
    public static WsClient connect(int port) {
        WsClient c = new WsClient(uri(port), Map.of(), true);
        c.startHeartbeats();
        return c;
    }

    /** Connects to any {@code /ws} (the gateway's, a given replica's) and heartbeats every 700 ms. */
    public static WsClient connect(URI uri) {
        WsClient c = new WsClient(uri, Map.of(), true);
        c.startHeartbeats();
        return c;
    }

    public static WsClient connectWithoutHeartbeats(int port) {
        return new WsClient(uri(port), Map.of(), true);
    }

    public static WsClient connect(int port, Map<String, String> headers) {
        WsClient c = new WsClient(uri(port), headers, true);
        c.startHeartbeats();
        return c;
    }

    /** A client that never reads (to make the server's outbound queue overflow). */
    public static WsClient connectNotReading(int port) {
        WsClient c = new WsClient(uri(port), Map.of(), false);
        c.startHeartbeats();
        return c;
    }

    public static URI uri(int port) {
        return URI.create("ws://localhost:" + port + "/ws");
    }

    public void startHeartbeats() {
        heartbeat = HEARTBEATS.scheduleAtFixedRate(() -> {
            try {
                send("{\"op\":\"HEARTBEAT\",\"d\":" + lastSeq + "}");
            } catch (RuntimeException e) {
                // closed
            }
        }, 700, 700, TimeUnit.MILLISECONDS);
    }

    public void stopHeartbeats() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
    }

    public synchronized void send(String text) {
        ws.sendText(text, true).join();
        if (text.startsWith("{\"op\":\"HEARTBEAT\"")) {
            heartbeatsSent++;
        }
    }

    /**
     * Returns once the server has processed every frame sent before: it answers each HEARTBEAT in order, so
     * when as many acks arrived as heartbeats were sent, including this one, everything before it was handled.
     */
    public void sync() {
        long sent;
        synchronized (this) {
            send("{\"op\":\"HEARTBEAT\",\"d\":" + lastSeq + "}");
            sent = heartbeatsSent;
        }
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> frames.stream()
                    .filter(f -> "HEARTBEAT_ACK".equals(f.path("op").asString())).count() >= sent);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("heartbeats not all acknowledged within 15 s; close code " + closeCode.getNow(null)
                    + (closeReason == null ? "" : " (" + closeReason + ")"), e);
        }
    }

    public void subscribe(String stream, String id) {
        send("{\"op\":\"SUBSCRIBE\",\"d\":{\"stream\":\"" + stream + "\",\"id\":\"" + id + "\"}}");
    }

    public void unsubscribe(String stream, String id) {
        send("{\"op\":\"UNSUBSCRIBE\",\"d\":{\"stream\":\"" + stream + "\",\"id\":\"" + id + "\"}}");
    }

    public JsonNode identify(String token) {
        send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + token + "\"}}");
        return awaitDispatch("READY");
    }

    public void resume(String token, String sessionId, long seq) {
        send("{\"op\":\"RESUME\",\"d\":{\"token\":\"" + token + "\",\"sessionId\":\"" + sessionId + "\",\"seq\":" + seq + "}}");
    }

    public JsonNode awaitFrame(Predicate<JsonNode> predicate) {
        try {
            return await().atMost(Duration.ofSeconds(15)).until(() -> find(predicate), f -> f != null);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // say what the socket did get: a close code or the frames usually explain the failure at once
            throw new AssertionError("no matching frame within 15 s; close code " + closeCode.getNow(null)
                    + (closeReason == null ? "" : " (" + closeReason + ")") + "; frames so far: " + frames, e);
        }
    }

    public JsonNode awaitOp(String op) {
        return awaitFrame(f -> op.equals(f.path("op").asString()));
    }

    /** The data of the first DISPATCH of this type. */
    public JsonNode awaitDispatch(String type) {
        return awaitDispatch(type, d -> true).path("d");
    }

    /** The first DISPATCH frame of this type whose data matches. */
    public JsonNode awaitDispatch(String type, Predicate<JsonNode> data) {
        return awaitFrame(f -> "DISPATCH".equals(f.path("op").asString()) && type.equals(f.path("t").asString())
                && data.test(f.path("d")));
    }

    public List<JsonNode> dispatches(String type) {
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode f : frames) {
            if ("DISPATCH".equals(f.path("op").asString()) && type.equals(f.path("t").asString())) {
                list.add(f);
            }
        }
        return list;
    }

    public boolean hasDispatch(String type, Predicate<JsonNode> data) {
        return dispatches(type).stream().anyMatch(f -> data.test(f.path("d")));
    }

    public JsonNode find(Predicate<JsonNode> predicate) {
        for (JsonNode f : frames) {
            if (predicate.test(f)) {
                return f;
            }
        }
        return null;
    }

    public int awaitClose() {
        return closeCode.orTimeout(15, TimeUnit.SECONDS).join();
    }

    public long lastSeq() {
        return lastSeq;
    }

    /** Drops the TCP connection without a close handshake (a network failure). */
    public void abort() {
        stopHeartbeats();
        ws.abort();
    }

    @Override
    public void close() {
        stopHeartbeats();
        if (!ws.isOutputClosed()) {
            try {
                ws.sendClose(1000, "bye").get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                ws.abort();
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final boolean autoRead;

        Listener(boolean autoRead) {
            this.autoRead = autoRead;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            // a non-reading client takes only the first frames (HELLO, READY), then stops reading
            webSocket.request(autoRead ? 1 : 2);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode frame = JSON.readTree(partial.toString());
                partial.setLength(0);
                if (frame.path("s").isNumber()) {
                    lastSeq = frame.path("s").asLong();
                }
                frames.add(frame);
            }
            if (autoRead) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeReason = reason;
            closeCode.complete(statusCode);
            stopHeartbeats();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.complete(-1);
            stopHeartbeats();
        }
    }
}
