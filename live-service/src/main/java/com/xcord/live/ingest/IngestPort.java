package com.xcord.live.ingest;

import com.xcord.live.LiveProperties;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The port the RTMP ingest calls back on: a second Tomcat connector beside the API's, so that the callbacks are
 * reachable only where the ingest reaches them (a port the gateway never routes to, that the chart's
 * NetworkPolicy opens to the ingest alone). {@link IngestPortFilter} keeps the two apart: the callbacks answer only
 * here, and nothing else answers here.
 */
@Component
public class IngestPort implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String CALLBACK_PATHS = "/api/v1/live/ingest/";

    private final int configured;
    private volatile Connector connector;

    IngestPort(LiveProperties properties) {
        this.configured = properties.ingest().callbackPort();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        Connector added = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        added.setPort(configured);
        factory.addAdditionalConnectors(added);
        this.connector = added;
    }

    /** The port the callbacks listen on (the one Tomcat picked when configured as 0). */
    public int port() {
        Connector c = connector;
        if (c == null) {
            throw new IllegalStateException("the ingest port is not open yet");
        }
        return c.getLocalPort();
    }

    boolean isIngestPort(int localPort) {
        Connector c = connector;
        return c != null && c.getLocalPort() == localPort;
    }
}
