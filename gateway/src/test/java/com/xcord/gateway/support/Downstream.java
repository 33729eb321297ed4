package com.xcord.gateway.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The WireMock server that stands in for every downstream service (and, in the routing tests, for
 * auth-service's JWKS): one per test JVM, reset by the tests that stub it.
 */
public final class Downstream {

    private static WireMockServer server;

    private Downstream() {
    }

    public static synchronized WireMockServer shared() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                    .containerThreads(40).jettyAcceptors(1));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
        }
        return server;
    }

    public static String url() {
        return "http://127.0.0.1:" + shared().port();
    }

    /** A port nothing listens on: a service that is down. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
