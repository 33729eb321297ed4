package com.xcord.devstack;

import com.xcord.devstack.ServiceCatalog.BuiltService;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * {@code ./xcord up [--only a,b] [--realtime-replicas N] [--traces[=logging|otlp]]}: infrastructure, a database role per service,
 * every service, health, banner; then it runs until Ctrl-C or SIGTERM, when a shutdown hook stops the
 * services and then the infrastructure.
 */
final class UpCommand {

    static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Settings settings;
    private final LogPrefixer log;
    private final Infrastructure.Stoppables infrastructureStops = new Infrastructure.Stoppables();
    private volatile Fleet fleet;
    /** A field, not a local: a lock only reachable from a finished local would be released by the GC. */
    private Optional<InstanceLock> lock = Optional.empty();
    private volatile boolean shuttingDown;
    private boolean stopped;
    private volatile boolean launched;

    UpCommand(Settings settings, LogPrefixer log) {
        this.settings = settings;
        this.log = log;
    }

    /** The built services to start: all of them, or those named by {@code --only} (which must be built). */
    static List<BuiltService> select(List<BuiltService> built, Optional<Set<String>> only) {
        if (only.isEmpty()) {
            return built;
        }
        for (String name : only.get()) {
            if (ServiceCatalog.find(name).isEmpty()) {
                throw new IllegalArgumentException("unknown service " + name + "; known: "
                        + ServiceCatalog.KNOWN.stream().map(ServiceDefinition::name).collect(Collectors.joining(", ")));
            }
            if (built.stream().noneMatch(s -> s.name().equals(name))) {
                throw new IllegalArgumentException(name + " is not built (no " + name + "/target/" + name + ".jar): run ./xcord build");
            }
        }
        return built.stream().filter(s -> only.get().contains(s.name())).collect(Collectors.toList());
    }

    /** Runs until stopped; a failure stops whatever had started before it returns (or throws). */
    int run(List<String> args) throws InterruptedException {
        try {
            int status = up(args);
            if (status != 0) {
                shutdown();
            }
            return status;
        } catch (RuntimeException e) {
            shutdown();
            throw e;
        }
    }

    private int up(List<String> args) throws InterruptedException {
        Traces.Request tracing = Traces.request(args, settings.environment());
        Optional<Traces> traces = Traces.of(tracing, settings.root());
        UpOptions options = UpOptions.parse(tracing.otherArgs(), settings.realtimeReplicas());
        List<BuiltService> services = RealtimeReplicas.expand(
                select(ServiceCatalog.discover(settings.root(), this::say), options.only()), options.realtimeReplicas());
        lock = InstanceLock.tryAcquire(settings.dataDir());
        if (lock.isEmpty()) {
            say("another ./xcord up is already running with data in " + settings.dataDir() + "; stop it first (Ctrl-C there)");
            return 1;
        }
        LeftoverServices leftovers = new LeftoverServices(settings.dataDir());
        leftovers.stopAll(this::say);
        Map<String, Integer> busy = PortCheck.busy(wantedPorts(services));
        if (!busy.isEmpty()) {
            say("ports already in use: " + PortCheck.describe(busy) + ". Is another ./xcord up running (another checkout or XCORD_DATA_DIR)?"
                    + " Stop it, or point this one at it with XCORD_POSTGRES_URL / XCORD_KAFKA_BOOTSTRAP_SERVERS / XCORD_REDIS_URL");
            return 1;
        }
        launched = true;
        StopSignals.onStop(status -> {
            shutdown();
            System.exit(status);
        });
        // the safety net for any other way out (System.exit elsewhere, an error): stopping twice is harmless
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "devstack-shutdown"));

        say("starting infrastructure (data in " + settings.dataDir() + ")");
        Infrastructure infrastructure = Infrastructure.start(settings, infrastructureStops, log);
        List<ServiceDefinition> definitions = services.stream().map(BuiltService::definition).collect(Collectors.toList());
        Optional<com.xcord.testkit.RtmpIngest> ingest = LiveIngest.startIfInstalled(definitions,
                settings.dataDir(), infrastructureStops, log);
        Optional<ObjectStore> objectStore = ObjectStore.start(settings, services, infrastructureStops, log);
        EmbeddedMail mail = EmbeddedMail.startIfNeeded(serviceNames(services), System.getenv(), infrastructureStops, log);
        Secrets secrets = Secrets.load(settings.dataDir().resolve("secrets.properties"));
        try {
            if (settings.externalPostgres().isEmpty()) {
                PasswordAuthentication.requireForServiceRoles(infrastructure.postgres());
            }
            createDatabaseRoles(infrastructure.postgres(), services, secrets);
        } catch (SQLException e) {
            say("could not create the database roles: " + e.getMessage());
            return 1;
        }

        List<String> jvmOptions = settings.serviceJavaOptions().map(o -> List.of(o.trim().split("\\s+"))).orElse(ServiceProcess.DEFAULT_JVM_OPTIONS);
        List<ServiceProcess> processes = new ArrayList<>();
        for (BuiltService service : services) {
            Map<String, String> environment = new LinkedHashMap<>(ServiceEnvironment.of(service.definition(),
                    infrastructure.postgres(), infrastructure.kafkaBootstrapServers(), infrastructure.redis(), secrets));
            objectStore.ifPresent(store -> environment.putAll(store.environmentFor(service.definition())));
            mail.addTo(service.name(), environment);
            processes.add(new ServiceProcess(service, traces.map(t -> t.jvmOptions(jvmOptions)).orElse(jvmOptions),
                    traces.map(t -> t.environment(service, environment)).orElse(environment), log,
                    settings.dataDir().resolve("run")));
        }
        traces.ifPresent(t -> say(t.describe(settings.environment())));
        fleet = new Fleet(processes, new HealthWaiter(HEALTH_TIMEOUT, Duration.ofMillis(250)), log, leftovers);
        if (shuttingDown || !fleet.startAll()) {
            if (!shuttingDown) {
                say("startup failed: stopping everything");
            }
            return 1;
        }
        double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        List<String> banner = Banner.lines(seconds, definitions, infrastructure, settings.dataDir());
        banner.addAll(banner.size() - 3, LiveIngest.bannerLines(ingest));
        banner.forEach(this::say);
        objectStore.ifPresent(store -> say("S3 for media-service: " + store.description()));
        mail.bannerLine().ifPresent(this::say);
        new CountDownLatch(1).await();  // until a signal handler stops everything and exits
        return 0;
    }

    /** Every port this run will listen on: the embedded servers' and the services'. */
    private Map<String, Integer> wantedPorts(List<BuiltService> services) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (settings.externalPostgres().isEmpty()) {
            ports.put("PostgreSQL", Settings.POSTGRES_PORT);
        }
        if (settings.externalKafka().isEmpty()) {
            ports.put("Kafka", Settings.KAFKA_PORT);
        }
        if (settings.externalRedis().isEmpty()) {
            ports.put("Redis", Settings.REDIS_PORT);
        }
        if (ObjectStore.embedded(settings.environment(), services)) {
            ports.put("S3", ObjectStore.S3_PORT);
        }
        services.forEach(s -> ports.put(s.name(), s.definition().port()));
        ports.putAll(EmbeddedMail.ports(serviceNames(services), System.getenv()));
        ports.putAll(LiveIngest.ports(services.stream().map(BuiltService::definition).collect(Collectors.toList())));
        if (services.stream().anyMatch(s -> s.name().equals(ServiceCatalog.GATEWAY))) {
            // the gateway's actuator (/actuator/prometheus) answers only on its management port
            ports.put("gateway management", ServiceCatalog.GATEWAY_MANAGEMENT_PORT);
        }
        return ports;
    }

    private static List<String> serviceNames(List<BuiltService> services) {
        return services.stream().map(BuiltService::name).toList();
    }

    private void createDatabaseRoles(PostgresEndpoint postgres, List<BuiltService> services, Secrets secrets) throws SQLException {
        DatabaseRoles roles = new DatabaseRoles(postgres);
        for (BuiltService service : services) {
            Optional<String> schema = service.definition().ownedSchema();
            if (schema.isPresent()) {
                roles.ensure(schema.get(), secrets.databasePassword(schema.get()), service.definition().extensions());
                say("database role and schema " + schema.get() + " ready for " + service.name());
            }
        }
    }

    /**
     * Services first (they need the infrastructure to shut down cleanly), then Redis, Kafka, PostgreSQL.
     * Runs once; a second caller (the shutdown hook after a signal handler) waits for the first.
     */
    private synchronized void shutdown() {
        shuttingDown = true;
        if (stopped || !launched) {
            return;
        }
        long started = System.nanoTime();
        say("stopping");
        Fleet running = fleet;
        if (running != null) {
            running.stopAll(STOP_GRACE);
            say("services stopped");
        }
        infrastructureStops.stopAll(log);
        stopped = true;
        say(String.format("stopped in %.1f s", (System.nanoTime() - started) / 1e9));
    }

    private void say(String message) {
        log.print(LogPrefixer.DEVSTACK, message);
    }
}
