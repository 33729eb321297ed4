package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.xcord.devstack.ServiceCatalog.BuiltService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealtimeReplicasTests {

    private static final Path REALTIME_JAR = Path.of("realtime-service/target/realtime-service.jar");

    private final List<BuiltService> built = List.of(
            built("auth-service"), built("gateway"), new BuiltService(ServiceCatalog.realtimeReplica(1), REALTIME_JAR), built("live-service"));

    @Nested
    class Options {

        @Test
        void oneReplicaUnlessAsked() {
            assertThat(UpOptions.parse(List.of(), Optional.empty()).realtimeReplicas()).isEqualTo(1);
        }

        @Test
        void theOptionInBothFormsAlongsideOnly() {
            assertThat(UpOptions.parse(List.of("--realtime-replicas", "2"), Optional.empty()).realtimeReplicas()).isEqualTo(2);
            UpOptions options = UpOptions.parse(List.of("--only", "auth-service,realtime-service", "--realtime-replicas=3"), Optional.empty());
            assertThat(options.realtimeReplicas()).isEqualTo(3);
            assertThat(options.only().orElseThrow()).containsExactly("auth-service", "realtime-service");
        }

        @Test
        void theEnvironmentWhenTheOptionIsMissingAndTheOptionWhenBothAreThere() {
            assertThat(UpOptions.parse(List.of(), Optional.of("2")).realtimeReplicas()).isEqualTo(2);
            assertThat(UpOptions.parse(List.of("--realtime-replicas", "1"), Optional.of("2")).realtimeReplicas()).isEqualTo(1);
            assertThat(UpOptions.parse(List.of("--realtime-replicas", "1"), Optional.of("many")).realtimeReplicas()).isEqualTo(1);
        }

        @Test
        void refusesCountsOutsideThePortRange() {
            assertThatThrownBy(() -> UpOptions.parse(List.of("--realtime-replicas", "0"), Optional.empty()))
                    .hasMessageContaining("--realtime-replicas must be a number from 1 to 6").hasMessageContaining("8095-8099");
            assertThatThrownBy(() -> UpOptions.parse(List.of("--realtime-replicas=7"), Optional.empty())).hasMessageContaining("not 7");
            assertThatThrownBy(() -> UpOptions.parse(List.of("--realtime-replicas", "two"), Optional.empty())).hasMessageContaining("not two");
            assertThatThrownBy(() -> UpOptions.parse(List.of(), Optional.of("-1"))).hasMessageContaining("XCORD_REALTIME_REPLICAS must be");
            assertThatThrownBy(() -> UpOptions.parse(List.of("--realtime-replicas"), Optional.empty())).hasMessageContaining("needs a number");
        }
    }

    @Nested
    class Ports {

        @Test
        void theFirstReplicaKeepsItsCatalogPortTheOthersTakeTheReplicaRange() {
            assertThat(ServiceCatalog.realtimeReplica(1)).isEqualTo(ServiceCatalog.find("realtime-service").orElseThrow());
            assertThat(ServiceCatalog.realtimeReplica(2)).extracting(ServiceDefinition::name, ServiceDefinition::port, ServiceDefinition::schema)
                    .containsExactly("realtime-service-2", 8095, null);
            assertThat(ServiceCatalog.realtimeReplica(6).port()).isEqualTo(8099);
            assertThatThrownBy(() -> ServiceCatalog.realtimeReplica(7)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void replicaPortsAndNamesCollideWithNoService() {
            List<ServiceDefinition> replicas = java.util.stream.IntStream.rangeClosed(2, ServiceCatalog.MAX_REALTIME_REPLICAS)
                    .mapToObj(ServiceCatalog::realtimeReplica).collect(Collectors.toList());
            assertThat(replicas).extracting(ServiceDefinition::port).doesNotHaveDuplicates()
                    .doesNotContainAnyElementsOf(ServiceCatalog.KNOWN.stream().map(ServiceDefinition::port).collect(Collectors.toList()));
            assertThat(replicas).allSatisfy(r -> assertThat(ServiceCatalog.find(r.name())).isEmpty());
            assertThat(ServiceCatalog.longestName()).isGreaterThanOrEqualTo(ServiceCatalog.realtimeReplica(6).name().length());
        }

        @Test
        void helpNamesTheSameRange() {
            assertThat(Devstack.USAGE).contains(ServiceCatalog.FIRST_EXTRA_REALTIME_PORT + "-" + ServiceCatalog.realtimeReplica(6).port());
        }
    }

    @Nested
    class Launch {

        @Test
        void replicasRunTheSameJarRightAfterTheFirst() {
            List<BuiltService> fleet = RealtimeReplicas.expand(built, 3);

            assertThat(fleet).extracting(BuiltService::name)
                    .containsExactly("auth-service", "gateway", "realtime-service", "realtime-service-2", "realtime-service-3", "live-service");
            assertThat(fleet).filteredOn(s -> s.name().startsWith("realtime-service")).extracting(BuiltService::jar).containsOnly(REALTIME_JAR);
            assertThat(fleet).extracting(s -> s.definition().port()).doesNotHaveDuplicates();
        }

        @Test
        void oneReplicaChangesNothing() {
            assertThat(RealtimeReplicas.expand(built, 1)).isEqualTo(built);
            assertThat(RealtimeReplicas.expand(List.of(built("auth-service")), 1)).extracting(BuiltService::name).containsExactly("auth-service");
        }

        @Test
        void refusedWhenRealtimeServiceIsNotStarted() {
            assertThatThrownBy(() -> RealtimeReplicas.expand(List.of(built("auth-service")), 2))
                    .hasMessageContaining("realtime-service is not started");
        }

        @Test
        void replicaTwoGetsItsOwnPortAndTheSameInfrastructureAsTheFirst(@TempDir Path dir) {
            Secrets secrets = Secrets.load(dir.resolve("secrets.properties"));
            PostgresEndpoint postgres = new PostgresEndpoint("localhost", 15432, "xcord", "postgres", "postgres", null);
            RedisEndpoint redis = new RedisEndpoint("127.0.0.1", 16379, null, false);
            Map<String, String> first = ServiceEnvironment.of(ServiceCatalog.realtimeReplica(1), postgres, "localhost:19092", redis, secrets);
            Map<String, String> second = ServiceEnvironment.of(ServiceCatalog.realtimeReplica(2), postgres, "localhost:19092", redis, secrets);

            assertThat(first).containsEntry("SERVER_PORT", "8085");
            assertThat(second).containsEntry("SERVER_PORT", "8095")
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:19092")
                    .containsEntry("SPRING_DATA_REDIS_PORT", "16379")
                    .containsEntry("XCORD_SECURITY_JWKS_URI", "http://localhost:8081/api/v1/auth/jwks")
                    .doesNotContainKey("SPRING_DATASOURCE_URL")
                    // realtime-service draws a random replica id per start; a fixed one would outlive a restart
                    .doesNotContainKey("XCORD_REALTIME_REPLICA_ID");
            second.remove("SERVER_PORT");
            first.remove("SERVER_PORT");
            assertThat(second).isEqualTo(first);
        }

        @Test
        void eachReplicaRunsFromAPinnedJarOfItsOwn(@TempDir Path dir) throws IOException {
            Path jar = Files.createDirectories(dir.resolve("realtime-service/target")).resolve("realtime-service.jar");
            Files.writeString(jar, "jar");

            Path first = JarPinning.pin(jar, dir.resolve("run"), "realtime-service");
            Path second = JarPinning.pin(jar, dir.resolve("run"), "realtime-service-2");

            assertThat(first).isNotEqualTo(second).hasContent("jar");
            assertThat(second).hasFileName("realtime-service-2.jar").hasContent("jar");
        }

        @Test
        void theBannerShowsWhereEachReplicaTakesWebSockets() {
            List<ServiceDefinition> started = RealtimeReplicas.expand(built, 2).stream().map(BuiltService::definition).collect(Collectors.toList());

            assertThat(started).extracting(ServiceDefinition::url).contains("http://localhost:8085", "http://localhost:8095");
            assertThat(Banner.webSockets(started)).get().asString()
                    .contains("realtime-service ws://localhost:8085/ws (where the gateway's /ws goes)", "realtime-service-2 ws://localhost:8095/ws");
            assertThat(Banner.webSockets(built.stream().map(BuiltService::definition).collect(Collectors.toList()))).isEmpty();
        }
    }

    private static BuiltService built(String name) {
        return new BuiltService(ServiceCatalog.find(name).orElseThrow(), Path.of(name, "target", name + ".jar"));
    }
}
