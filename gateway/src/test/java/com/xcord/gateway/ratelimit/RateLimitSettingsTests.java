package com.xcord.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits the shipped application.yml sets for routes that cost more than a page read. */
class RateLimitSettingsTests {

    @Test
    void searchIsLimitedPerUserBelowTheDefault() throws IOException {
        RateLimitProperties limits = shipped();

        RateLimitProperties.Policy search = limits.forRoute("search");

        assertThat(search.per()).isEqualTo(RateLimitProperties.Per.USER);
        assertThat(search.limit()).isEqualTo(60).isLessThan(limits.defaults().limit());
        assertThat(search.window()).hasMinutes(1);
    }

    private static RateLimitProperties shipped() throws IOException {
        var sources = new YamlPropertySourceLoader().load("shipped", new ClassPathResource("application.yml"));
        return new Binder(ConfigurationPropertySources.from(sources))
                .bind("xcord.gateway.rate-limits", RateLimitProperties.class)
                .get();
    }
}
