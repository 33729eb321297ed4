package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpCommandTests {

    private final List<ServiceCatalog.BuiltService> built = List.of(
            new ServiceCatalog.BuiltService(ServiceCatalog.find("auth-service").orElseThrow(), Path.of("auth-service/target/auth-service.jar")),
            new ServiceCatalog.BuiltService(ServiceCatalog.find("feed-service").orElseThrow(), Path.of("feed-service/target/feed-service.jar")));

    @Test
    void withoutOnlyEveryBuiltServiceStarts() {
        assertThat(only(List.of())).isEmpty();
        assertThat(UpCommand.select(built, Optional.empty())).isEqualTo(built);
    }

    @Test
    void onlyPicksTheNamedServices() {
        assertThat(only(List.of("--only", "feed-service"))).contains(Set.of("feed-service"));
        assertThat(only(List.of("--only=auth-service, feed-service"))).contains(Set.of("auth-service", "feed-service"));
        assertThat(UpCommand.select(built, only(List.of("--only", "feed-service"))))
                .extracting(ServiceCatalog.BuiltService::name).containsExactly("feed-service");
    }

    @Test
    void onlyNoneMeansInfrastructureOnly() {
        assertThat(UpCommand.select(built, only(List.of("--only", "none")))).isEmpty();
    }

    @Test
    void refusesUnknownOrUnbuiltServicesAndUnknownOptions() {
        assertThatThrownBy(() -> UpCommand.select(built, Optional.of(Set.of("weather-service")))).hasMessageContaining("unknown service");
        assertThatThrownBy(() -> UpCommand.select(built, Optional.of(Set.of("dm-service")))).hasMessageContaining("./xcord build");
        assertThatThrownBy(() -> only(List.of("--fast"))).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> only(List.of("--only"))).hasMessageContaining("--only needs");
    }

    @Test
    void theBannerNamesTheApiEntryPoint() {
        assertThat(Banner.api(List.of(ServiceCatalog.find("auth-service").orElseThrow()))).contains("http://localhost:8081");
        assertThat(Banner.api(List.of(ServiceCatalog.find("auth-service").orElseThrow(), ServiceCatalog.find("gateway").orElseThrow())))
                .contains("http://localhost:8080");
    }

    @Test
    void resetOnlyDeletesADirectoryThatLooksLikeOurs(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertThat(ResetCommand.looksLikeOurs(dir)).isTrue();
        java.nio.file.Files.writeString(dir.resolve("thesis.tex"), "years of work");
        assertThat(ResetCommand.looksLikeOurs(dir)).isFalse();
        java.nio.file.Files.writeString(dir.resolve("secrets.properties"), "");
        assertThat(ResetCommand.looksLikeOurs(dir)).isTrue();
    }

    private static Optional<Set<String>> only(List<String> args) {
        return UpOptions.parse(args, Optional.empty()).only();
    }
}
