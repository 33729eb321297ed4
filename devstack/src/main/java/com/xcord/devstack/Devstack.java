package com.xcord.devstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code devstack.jar}, run by the root script {@code ./xcord} from the repository root. */
public final class Devstack {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: ./xcord <command>",
            "",
            "  up [--only a,b] [--realtime-replicas N] [--traces[=logging|otlp]]",
            "                    build what changed, start PostgreSQL, Kafka, Redis and every built service,",
            "                    wait until healthy; Ctrl-C stops everything. --only auth-service,feed-service",
            "                    starts just those (--only none: infrastructure only). --no-build skips the build.",
            "                    --realtime-replicas 2 runs realtime-service twice (up to 6): the first on 8085,",
            "                    where the gateway's /ws goes, the others on 8095, 8096, ... (realtime-service-2, ...)",
            "                    --traces attaches the OpenTelemetry Java agent to every service: spans printed in",
            "                    each service's output, or sent by OTLP (--traces=otlp, or OTEL_EXPORTER_OTLP_ENDPOINT set)",
            "  build             build the modules whose sources changed since their last build (tests skipped)",
            "  reset [--yes]     delete the data directory (all users, messages, keys): asks unless --yes",
            "  help              this text",
            "",
            "Environment:",
            "  XCORD_DATA_DIR                  data directory, default .xcord/ in the repository",
            "  XCORD_POSTGRES_URL              use this PostgreSQL (jdbc:postgresql://host:port/xcord) instead of the",
            "    XCORD_POSTGRES_USER/_PASSWORD   embedded one, as this superuser (it creates a role per service)",
            "  XCORD_KAFKA_BOOTSTRAP_SERVERS   use this Kafka instead of the embedded one",
            "  XCORD_REDIS_URL                 use this Redis (redis://[:password@]host:port) instead of the embedded one",
            "  XCORD_SERVICE_JAVA_OPTS         JVM options for each service (replace the low-memory defaults)",
            "  XCORD_REALTIME_REPLICAS         realtime-service replicas for up when --realtime-replicas is not given (default 1)",
            "  XCORD_TRACES                    logging or otlp: traces for up when --traces is not given (default off)",
            "  OTEL_EXPORTER_OTLP_ENDPOINT     where --traces=otlp sends spans (default http://localhost:4318)",
            "  JAVA_HOME                       the JDK to use (17 or newer)",
            "",
            "Embedded ports: PostgreSQL 15432, Kafka 19092, Redis 16379; services 8080-8089 and extra realtime-service",
            "replicas 8095-8099 (docs/conventions.md).");

    private Devstack() {
    }

    public static void main(String[] args) throws Exception {
        // before the first logger exists: our SLF4J provider, and Log4j's simple one for the few Kafka classes that use it
        System.setProperty("slf4j.provider", InfrastructureLogs.class.getName());
        System.setProperty("slf4j.internal.verbosity", "WARN");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        Settings settings = new Settings(Path.of("").toAbsolutePath(), System.getenv());
        LogPrefixer log = new LogPrefixer(System.out, Math.max(ServiceCatalog.longestName(), LogPrefixer.DEVSTACK.length()),
                LogPrefixer.colourWanted());
        InfrastructureLogs.printTo(log);
        int status;
        try {
            switch (command) {
                case "up":
                    status = new UpCommand(settings, log).run(rest);
                    break;
                case "reset":
                    status = new ResetCommand(settings, log).run(rest);
                    break;
                case "help":
                case "-h":
                case "--help":
                    System.out.println(USAGE);
                    status = 0;
                    break;
                default:
                    System.err.println("unknown command: " + command);
                    System.err.println(USAGE);
                    status = 2;
            }
        } catch (IllegalArgumentException e) {
            log.print(LogPrefixer.DEVSTACK, e.getMessage());
            status = 2;
        } catch (RuntimeException e) {
            log.print(LogPrefixer.DEVSTACK, "failed: " + e);
            status = 1;
        }
        System.exit(status);
    }
}
