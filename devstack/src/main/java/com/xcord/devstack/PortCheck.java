package com.xcord.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Refuses to start on ports that something already listens on. Without this a second stack (another
 * checkout, another data directory) would half work against the first one: the embedded PostgreSQL's
 * readiness check happily connects to the other server, and a health check on 8081 is answered by the
 * other auth-service while ours dies on "address in use".
 */
final class PortCheck {

    private PortCheck() {
    }

    /** The ports, by what wants them, that something accepts connections on. */
    static Map<String, Integer> busy(Map<String, Integer> wanted) {
        Map<String, Integer> busy = new LinkedHashMap<>();
        wanted.forEach((what, port) -> {
            if (isListening(port)) {
                busy.put(what, port);
            }
        });
        return busy;
    }

    static String describe(Map<String, Integer> busy) {
        return busy.entrySet().stream().map(e -> e.getValue() + " (" + e.getKey() + ")").collect(Collectors.joining(", "));
    }

    static boolean isListening(int port) {
        for (String host : List.of("127.0.0.1", "::1")) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 200);
                return true;
            } catch (IOException free) {
                // try the next address
            }
        }
        return false;
    }
}
