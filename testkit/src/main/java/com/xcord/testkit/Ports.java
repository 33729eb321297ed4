package com.xcord.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Port helpers for the embedded servers. */
final class Ports {

    private Ports() {
    }

    /** A port that is free right now; the tiny race with other processes is acceptable for tests. */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freeIfZero(int port) {
        return port == 0 ? free() : port;
    }

    static boolean isListening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until nothing accepts connections on the port any more (a stopped server's socket may linger briefly). */
    static void awaitClosed(String host, int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isListening(host, port)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("port " + port + " still accepts connections after " + timeout);
            }
            sleep(50);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
