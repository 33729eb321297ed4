package com.xcord.servicekit.web;

import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * The servlet container's own answers follow the fleet's rules too: problem+json through {@link ProblemReportValve},
 * and {@code [ ]} accepted in a query string. Runs after Spring Boot's customizer, whose HTML error report valve it
 * replaces.
 *
 * <p>Why {@code [ ]} is legal input: browsers send them unencoded in a query (WHATWG URL), the gateway accepts them
 * ({@code java.net.URI} does), and no XCORD parameter is an array, so {@code x[]=1} is an unknown parameter like any
 * other (ignored) and {@code q=[draft]} is search text. Every other character RFC 3986 forbids there ({@code |},
 * {@code {}}, {@code ^}, …) stays a 400, as it is at the gateway.
 */
class TomcatProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    static final String RELAXED_QUERY_CHARS = "[]";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("relaxedQueryChars", RELAXED_QUERY_CHARS));
        factory.addContextCustomizers(context -> useProblemReports((Host) context.getParent()));
    }

    private static void useProblemReports(Host host) {
        Pipeline pipeline = host.getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                pipeline.removeValve(valve);
            }
        }
        pipeline.addValve(new ProblemReportValve());
        if (host instanceof StandardHost standard) {
            // so that the host does not add Tomcat's default valve when it starts
            standard.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
