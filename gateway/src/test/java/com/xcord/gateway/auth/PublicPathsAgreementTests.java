package com.xcord.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.edge.PublicPaths;
import com.xcord.gateway.routing.RouteTable;
import com.xcord.gateway.support.AuthServiceProcess;
import com.xcord.gateway.support.GatewayWithWireMockTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The gateway and auth-service agree on every public path: what auth-service serves without a token (edge-rules'
 * {@code PublicPaths.AUTH_SERVICE} plus the {@code xcord.security.public-paths} of its packaged application.yml, as
 * its {@code AuthPublicPaths} builds them) the gateway lets through, and every path the gateway lets through to
 * auth-service is public there. Adding a path on one side only fails here.
 */
class PublicPathsAgreementTests extends GatewayWithWireMockTest {

    @Autowired
    PublicPaths gateway;

    @Test
    void everyPublicPathOfAuthServiceIsPublicAtTheGateway() throws IOException {
        for (PublicPaths.Entry entry : authService().entries()) {
            assertThat(gateway.entries()).as("auth-service serves %s without a token; the gateway must too", entry)
                    .contains(entry);
        }
    }

    @Test
    void everyPathTheGatewayLetsThroughToAuthServiceIsPublicThere() throws IOException {
        PublicPaths auth = authService();
        List<PublicPaths.Entry> toAuth = gateway.entries().stream().filter(e -> "auth".equals(serviceOf(e))).toList();
        assertThat(toAuth).as("the gateway routes its auth entry points to auth-service").isNotEmpty();
        for (PublicPaths.Entry entry : toAuth) {
            assertThat(auth.entries()).as("the gateway lets %s through without a token; auth-service must accept it", entry)
                    .contains(entry);
        }
    }

    /** auth-service's public paths, from its packaged configuration. */
    private static PublicPaths authService() throws IOException {
        try (JarFile jar = new JarFile(AuthServiceProcess.JAR.toFile());
                InputStream yml = jar.getInputStream(jar.getEntry("BOOT-INF/classes/application.yml"))) {
            List<PropertySource<?>> documents = new YamlPropertySourceLoader()
                    .load("auth-service", new ByteArrayResource(yml.readAllBytes()));
            List<String> extras = new ArrayList<>();
            for (PropertySource<?> document : documents) {
                if (!document.containsProperty("spring.config.activate.on-profile")) {
                    new Binder(ConfigurationPropertySources.from(document))
                            .bind("xcord.security.public-paths", Bindable.listOf(String.class))
                            .ifBound(extras::addAll);
                }
            }
            return PublicPaths.forService(PublicPaths.AUTH_SERVICE, extras);
        }
    }

    /** The service the gateway routes this entry to (its root path, for a subtree), or null. */
    private static String serviceOf(PublicPaths.Entry entry) {
        PathContainer path = PathContainer.parsePath(entry.path());
        for (RouteTable.RouteSpec route : RouteTable.ROUTES) {
            for (String pattern : route.paths()) {
                if (PathPatternParser.defaultInstance.parse(pattern).matches(path)) {
                    return route.service();
                }
            }
        }
        return null;
    }
}
