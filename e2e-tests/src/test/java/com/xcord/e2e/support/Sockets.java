package com.xcord.e2e.support;

import com.xcord.e2e.support.Client.User;
import com.xcord.realtime.support.WsClient;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test's WebSockets (register it as an instance {@code @RegisterExtension}): opened through the gateway
 * or on a given replica, identified as a user, and all closed after each test.
 */
public final class Sockets implements AfterEachCallback {

    private final Fleet fleet;
    private final List<WsClient> open = new CopyOnWriteArrayList<>();

    public Sockets(Fleet fleet) {
        this.fleet = fleet;
    }

    /** A socket through the gateway, identified as {@code user}: READY has arrived. */
    public WsClient identified(User user) {
        return identified(user, fleet.gatewaySocket());
    }

    public WsClient identified(User user, URI endpoint) {
        WsClient socket = connect(endpoint);
        socket.awaitOp("HELLO");
        socket.identify(user.token());
        return socket;
    }

    /** A socket that has not identified yet. */
    public WsClient connect(URI endpoint) {
        WsClient socket = WsClient.connect(endpoint);
        open.add(socket);
        return socket;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(WsClient::close);
        open.clear();
    }
}
