package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCatalogTests {

    @TempDir
    Path root;

    @Test
    void discoversBuiltServicesInStartOrderAuthServiceFirst() throws IOException {
        jar("search-service");
        jar("gateway");
        jar("auth-service");
        jar("feed-service");

        assertThat(names(ServiceCatalog.discover(root, w -> { }))).containsExactly("auth-service", "gateway", "feed-service", "search-service");
    }

    @Test
    void ignoresUnbuiltServicesLibrariesAndStrayJars() throws IOException {
        Files.createDirectories(root.resolve("dm-service/src"));
        jar("service-kit");
        jar("common-events");
        Files.createDirectories(root.resolve("media-service/target"));
        Files.writeString(root.resolve("media-service/target/media-service-0.1.0-SNAPSHOT.jar.original"), "x");

        assertThat(ServiceCatalog.discover(root, w -> { })).isEmpty();
    }

    @Test
    void warnsAboutAServiceItHasNoPortFor() throws IOException {
        jar("auth-service");
        jar("weather-service");
        List<String> warnings = new ArrayList<>();

        assertThat(names(ServiceCatalog.discover(root, warnings::add))).containsExactly("auth-service");
        assertThat(warnings).singleElement().asString().contains("weather-service");
    }

    @Test
    void theTableMatchesTheConventions() {
        assertThat(ServiceCatalog.find("auth-service")).get().extracting(ServiceDefinition::port, ServiceDefinition::schema).containsExactly(8081, "auth");
        assertThat(ServiceCatalog.find("gateway")).get().extracting(ServiceDefinition::port, ServiceDefinition::schema).containsExactly(8080, null);
        assertThat(ServiceCatalog.find("realtime-service")).get().extracting(ServiceDefinition::schema).isNull();
        assertThat(ServiceCatalog.KNOWN).extracting(ServiceDefinition::port).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(8080, 8081, 8082, 8083, 8084, 8085, 8086, 8087, 8088, 8089);
        assertThat(ServiceCatalog.KNOWN.get(0).name()).isEqualTo("auth-service");
    }

    private void jar(String module) throws IOException {
        Path target = Files.createDirectories(root.resolve(module).resolve("target"));
        Files.writeString(target.resolve(module + ".jar"), "jar");
    }

    private static List<String> names(List<ServiceCatalog.BuiltService> services) {
        return services.stream().map(ServiceCatalog.BuiltService::name).collect(Collectors.toList());
    }
}
