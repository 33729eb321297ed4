package com.xcord.loadtest.realtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** Opens {@link RealtimeSocket}s on one WebSocket URL and owns what they share: the Netty client and the heartbeat timer. */
public final class RealtimeClient implements AutoCloseable {

    /** How many handshakes and IDENTIFYs are in flight at once while opening many sockets. */
    private static final int OPENING_CONCURRENCY = 200;

    private final String url;
    private final HttpClient http;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "realtime-heartbeats");
        thread.setDaemon(true);
        return thread;
    });
    private final List<RealtimeSocket> opened = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param url    e.g. {@code ws://localhost:8080/ws}
     * @param origin the Origin header, as a browser sends it; realtime refuses Origins off its allowlist
     */
    public RealtimeClient(String url, String origin) {
        this.url = url;
        // a WebSocket holds its connection for good: a pool would cap the sockets at its size
        this.http = HttpClient.create(ConnectionProvider.newConnection()).headers(headers -> headers.set("Origin", origin));
    }

    /** Opens a socket for each {@code (userId, token)} and waits until every one of them is READY. */
    public List<RealtimeSocket> openAll(List<Identity> identities, RealtimeSocket.DispatchListener listener, Duration timeout,
            Consumer<Integer> progress) {
        AtomicInteger ready = new AtomicInteger();
        List<RealtimeSocket> sockets = Flux.fromIterable(identities)
                .flatMapSequential(identity -> open(identity, listener).doOnNext(socket -> progress.accept(ready.incrementAndGet())),
                        OPENING_CONCURRENCY)
                .collectList()
                .block(timeout);
        return List.copyOf(sockets);
    }

    private Mono<RealtimeSocket> open(Identity identity, RealtimeSocket.DispatchListener listener) {
        RealtimeSocket socket = new RealtimeSocket(identity.userId(), identity.token(), listener, heartbeats);
        opened.add(socket);
        return socket.open(http, url);
    }

    /** The sockets the server has closed so far, with why. */
    public List<String> closedSockets() {
        synchronized (opened) {
            return opened.stream().filter(socket -> !socket.isOpen())
                    .map(socket -> "user " + socket.userId() + ": " + socket.closeReason()).toList();
        }
    }

    @Override
    public void close() {
        synchronized (opened) {
            opened.forEach(RealtimeSocket::close);
        }
        heartbeats.shutdownNow();
    }

    /** Who a socket identifies as. */
    public record Identity(String userId, String token) {
    }
}
