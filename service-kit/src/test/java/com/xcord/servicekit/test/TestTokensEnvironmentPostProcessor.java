package com.xcord.servicekit.test;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * In tests that have the service-kit test-jar, points {@code xcord.security.jwks-uri} at
 * {@link TestTokens}' JWKS (and issuer/audience at its values), so {@code TestTokens.accessToken}
 * works against any service. A test's own {@code @SpringBootTest(properties)} still wins;
 * {@code xcord.test.tokens.enabled=false} turns it off.
 */
public class TestTokensEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("xcord.test.tokens.enabled", Boolean.class, true)) {
            return;
        }
        MapPropertySource source = new MapPropertySource("xcordTestTokens", Map.of(
                "xcord.security.jwks-uri", TestTokens.jwksUri(),
                "xcord.security.issuer", TestTokens.ISSUER,
                "xcord.security.audience", TestTokens.AUDIENCE));
        var sources = environment.getPropertySources();
        if (sources.contains(INLINED_TEST_PROPERTIES)) {
            sources.addAfter(INLINED_TEST_PROPERTIES, source);
        } else {
            sources.addFirst(source);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
