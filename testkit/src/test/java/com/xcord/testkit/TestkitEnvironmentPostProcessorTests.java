package com.xcord.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class TestkitEnvironmentPostProcessorTests {

    private final TestkitEnvironmentPostProcessor processor = new TestkitEnvironmentPostProcessor(log -> log.get());

    @Test
    void pointsSpringAtTheSharedInfrastructureWithTheServiceSchema() {
        StandardEnvironment environment = environment(Map.of(
                "xcord.schema", "auth",
                "spring.datasource.url", "jdbc:postgresql://from-application-yml/x"));

        processor.postProcessEnvironment(environment, null);

        TestInfrastructure infra = TestInfrastructure.shared();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(infra.postgres().jdbcUrl("auth"));
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo(infra.postgres().user());
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo(infra.postgres().password());
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(infra.kafka().bootstrapServers());
        assertThat(environment.getProperty("spring.data.redis.host")).isEqualTo(infra.redis().host());
        assertThat(environment.getProperty("spring.data.redis.port", Integer.class)).isEqualTo(infra.redis().port());
    }

    @Test
    void schemaDefaultsToPublic() {
        StandardEnvironment environment = environment(Map.of());

        processor.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.datasource.url")).endsWith("?currentSchema=public");
    }

    @Test
    void aTestsOwnInlinedPropertiesStillWin() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("Inlined Test Properties",
                Map.of("spring.kafka.bootstrap-servers", "localhost:1")));

        processor.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("localhost:1");
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(TestInfrastructure.shared().postgres().jdbcUrl("public"));
    }

    @Test
    void canBeSwitchedOff() {
        StandardEnvironment environment = environment(Map.of("xcord.testkit.enabled", "false"));

        processor.postProcessEnvironment(environment, null);

        assertThat(environment.getPropertySources().contains(TestkitEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
        assertThat(environment.getProperty("spring.datasource.url")).isNull();
    }

    @Test
    void isRegisteredWithSpringBoot() {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        try (ConfigurableApplicationContext context = application.run("--xcord.schema=chat")) {
            assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
                    .isEqualTo(TestInfrastructure.shared().postgres().jdbcUrl("chat"));
        }
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
