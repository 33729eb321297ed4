package com.xcord.e2e.support;

import com.xcord.realtime.support.WsClient;
import com.xcord.testkit.ServiceJar;
import com.xcord.testkit.TestInfrastructure;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * The fleet under test, once per test JVM: auth-service, server-service, dm-service, feed-service, notification-service, live-service, two realtime-service
 * replicas and the gateway in front of them, each its own JVM from its own jar, on free ports, against the
 * testkit's PostgreSQL, Kafka and Redis — configured by environment exactly as the launcher and Helm do.
 * Clients go through the gateway; only the cross-replica test also opens a socket on replica 2 directly
 * (in production a Kubernetes Service spreads sockets over the replicas behind the gateway's one route).
 */
public final class Fleet {

    private static Fleet shared;
    /** Why the fleet did not start: every later test fails with it instead of starting another fleet. */
    private static RuntimeException failedToStart;

    private final ServiceJar gateway;
    /** The gateway's management port: its actuator (Prometheus scrape), not published behind the load balancer. */
    private final int gatewayManagementPort;
    private final List<ServiceJar> realtime;
    /** The HTTP services behind the gateway by name ({@code auth}, {@code server}, {@code dm}, {@code feed}, {@code live}). */
    private final Map<String, ServiceJar> services;
    /** live-service's ingest callback port: where a test's RTMP ingest calls back. */
    private final int liveIngestCallbackPort;

    private Fleet(ServiceJar gateway, int gatewayManagementPort, List<ServiceJar> realtime,
            Map<String, ServiceJar> services, int liveIngestCallbackPort) {
        this.gateway = gateway;
        this.gatewayManagementPort = gatewayManagementPort;
        this.realtime = realtime;
        this.services = services;
        this.liveIngestCallbackPort = liveIngestCallbackPort;
    }

    public static synchronized Fleet shared() {
        if (failedToStart != null) {
            throw failedToStart;
        }
        if (shared == null) {
            try {
                shared = start();
            } catch (RuntimeException e) {
                failedToStart = e;
                throw e;
            }
        }
        return shared;
    }

    /** The gateway's base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String gatewayUrl() {
        return gateway.url();
    }

    /** A service's own base URL, bypassing the gateway (what an attacker inside the network would call). */
    public String serviceUrl(String name) {
        ServiceJar service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + "; there are " + services.keySet());
        }
        return service.url();
    }

    /** The gateway's management server (its {@code /actuator/prometheus}), e.g. {@code http://127.0.0.1:41235}. */
    public String gatewayManagementUrl() {
        return "http://127.0.0.1:" + gatewayManagementPort;
    }

    /** Realtime replica {@code n}'s (1 or 2) own base URL, bypassing the gateway. */
    public String realtimeUrl(int n) {
        return realtime.get(n - 1).url();
    }

    /** Where live-service takes the RTMP ingest's callbacks ({@code http://127.0.0.1:<port>/api/v1/live/ingest}). */
    public String liveIngestCallbackBase() {
        return "http://127.0.0.1:" + liveIngestCallbackPort + "/api/v1/live/ingest";
    }

    /** The WebSocket endpoint through the gateway. */
    public URI gatewaySocket() {
        return URI.create("ws://127.0.0.1:" + gateway.port() + "/ws");
    }

    /** The WebSocket endpoint of realtime replica {@code n} (1 or 2) itself, bypassing the gateway. */
    public URI replicaSocket(int n) {
        return URI.create("ws://127.0.0.1:" + realtime.get(n - 1).port() + "/ws");
    }

    private static Fleet start() {
        TestInfrastructure infra = TestInfrastructure.shared();
        int authPort = freePort();
        String jwks = "http://127.0.0.1:" + authPort + "/api/v1/auth/jwks";

        ServiceJar auth = launch("auth-service", "auth-service", authPort, withDatabase(infra, "auth", jwks,
                Map.of("XCORD_AUTH_RATE_LIMITS_REGISTER_PER_IP_MAX", "100000",
                        "XCORD_AUTH_RATE_LIMITS_LOGIN_PER_IP_MAX", "100000")));
        // the others fetch auth-service's JWKS at start-up
        awaitHealthy(auth);

        ServiceJar server = launch("server-service", "server-service", freePort(), withDatabase(infra, "server", jwks, Map.of()));
        ServiceJar dm = launch("dm-service", "dm-service", freePort(), withDatabase(infra, "dm", jwks, Map.of()));
        ServiceJar feed = launch("feed-service", "feed-service", freePort(), withDatabase(infra, "feed", jwks, Map.of()));
        // no SMTP server in the end-to-end fleet: the digest is notification-service's own test (GreenMail)
        ServiceJar notification = launch("notification-service", "notification-service", freePort(),
                withDatabase(infra, "notification", jwks, Map.of("XCORD_NOTIFICATION_EMAIL_ENABLED", "false")));
        int liveIngestCallbackPort = freePort();
        // the ingest a live test starts reports every 2 s (LiveEndToEndTests); viewer counts sampled every second
        ServiceJar live = launch("live-service", "live-service", freePort(), withDatabase(infra, "live", jwks, Map.of(
                "XCORD_LIVE_INGEST_CALLBACK_PORT", Integer.toString(liveIngestCallbackPort),
                "XCORD_LIVE_INGEST_UPDATE_INTERVAL", "2s",
                "XCORD_LIVE_INGEST_WATCHDOG_TIMEOUT", "10s",
                "XCORD_LIVE_VIEWERS_SAMPLE_INTERVAL", "1s")));
        ServiceJar realtime1 = launch("realtime-service", "realtime-1", freePort(), realtimeReplica(infra, jwks, "e2e-realtime-1"));
        ServiceJar realtime2 = launch("realtime-service", "realtime-2", freePort(), realtimeReplica(infra, jwks, "e2e-realtime-2"));
        Map<String, String> gatewayEnv = common(infra, jwks);
        gatewayEnv.put("XCORD_GATEWAY_SERVICES_AUTH_URI", auth.url());
        gatewayEnv.put("XCORD_GATEWAY_SERVICES_SERVER_URI", server.url());
        gatewayEnv.put("XCORD_GATEWAY_SERVICES_DM_URI", dm.url());
        gatewayEnv.put("XCORD_GATEWAY_SERVICES_FEED_URI", feed.url());
        gatewayEnv.put("XCORD_GATEWAY_SERVICES_NOTIFICATION_URI", notification.url());
        gatewayEnv.put("XCORD_GATEWAY_SERVICES_LIVE_URI", live.url());
        gatewayEnv.put("XCORD_GATEWAY_SERVICES_REALTIME_URI", realtime1.url());
        // the limits stay on, raised for one client address that registers and connects dozens of users
        gatewayEnv.put("SPRING_APPLICATION_JSON", """
                {"xcord":{"gateway":{"rate-limits":{"routes":{
                  "auth-register":{"limit":100000,"window":"1h","per":"ip"},
                  "realtime":{"limit":100000,"window":"1m","per":"ip"}}}}}}""");
        int gatewayManagementPort = freePort();
        gatewayEnv.put("MANAGEMENT_SERVER_PORT", Integer.toString(gatewayManagementPort));
        ServiceJar gateway = launch("gateway", "gateway", freePort(), gatewayEnv);

        List<ServiceJar> all = List.of(auth, server, dm, feed, notification, live, realtime1, realtime2, gateway);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> all.parallelStream().forEach(ServiceJar::stop), "fleet-stop"));
        all.forEach(Fleet::awaitHealthy);
        Fleet fleet = new Fleet(gateway, gatewayManagementPort, List.of(realtime1, realtime2),
                Map.of("auth", auth, "server", server, "dm", dm, "feed", feed, "notification", notification, "live", live),
                liveIngestCallbackPort);
        fleet.awaitTokensAccepted();
        return fleet;
    }

    /**
     * Healthy is not yet ready: a service whose start-up JWKS fetch timed out (a loaded machine) refuses every
     * token until its JWKS refetch interval has passed (seen: realtime closing IDENTIFY with 4004 "unknown key"
     * for the first 30 s). Ready is when a user's token opens a session on each realtime replica and is
     * accepted by each service behind the gateway.
     */
    private void awaitTokensAccepted() {
        Client.User probe = new Client(this).register("fleet_probe");
        Http http = new Http(this);
        for (String path : List.of("/me", "/servers", "/dm/conversations", "/feed", "/live/categories")) {
            Awaitility.await("GET " + path + " accepts a token").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> http.send("GET", path, probe, null).statusCode() == 200);
        }
        for (int n = 1; n <= realtime.size(); n++) {
            URI socket = replicaSocket(n);
            Awaitility.await("realtime replica " + n + " accepts a token").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> identifies(socket, probe));
        }
    }

    /** Whether IDENTIFY with the user's token gets READY on {@code endpoint} (rather than a close). */
    private static boolean identifies(URI endpoint, Client.User user) {
        try (WsClient socket = WsClient.connect(endpoint)) {
            socket.awaitOp("HELLO");
            socket.send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + user.token() + "\"}}");
            Awaitility.await().atMost(Duration.ofSeconds(15))
                    .until(() -> socket.closeCode.isDone() || !socket.dispatches("READY").isEmpty());
            return !socket.dispatches("READY").isEmpty();
        }
    }

    private static Map<String, String> realtimeReplica(TestInfrastructure infra, String jwks, String replicaId) {
        Map<String, String> env = common(infra, jwks);
        env.put("XCORD_REALTIME_REPLICA_ID", replicaId);
        return env;
    }

    private static Map<String, String> withDatabase(TestInfrastructure infra, String schema, String jwks, Map<String, String> extra) {
        Map<String, String> env = common(infra, jwks);
        env.put("SPRING_DATASOURCE_URL", infra.postgres().jdbcUrl(schema));
        env.put("SPRING_DATASOURCE_USERNAME", infra.postgres().user());
        env.put("SPRING_DATASOURCE_PASSWORD", infra.postgres().password());
        env.putAll(extra);
        return env;
    }

    private static Map<String, String> common(TestInfrastructure infra, String jwks) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", infra.kafka().bootstrapServers());
        env.put("SPRING_DATA_REDIS_HOST", infra.redis().host());
        env.put("SPRING_DATA_REDIS_PORT", Integer.toString(infra.redis().port()));
        // services connect to Redis while they start, within their command timeout (auth 500 ms, realtime 2 s); on a
        // loaded build machine (seen: load average 30-50 on 2 cores) the handshake took longer and the service exited
        env.put("SPRING_DATA_REDIS_TIMEOUT", "10s");
        env.put("XCORD_SECURITY_JWKS_URI", jwks);
        return env;
    }

    private static ServiceJar launch(String module, String name, int port, Map<String, String> environment) {
        return ServiceJar.start(ServiceJar.jarOf(Path.of(".."), module), name, port,
                TracedServices.environment(name, environment), Path.of("target", "fleet", name + ".log"));
    }

    private static void awaitHealthy(ServiceJar service) {
        // generous: on a build machine shared by several builds (load average 30-50 on 2 cores) services without the
        // OpenTelemetry agent took 6.5 minutes to start; a service that never gets healthy still fails the run
        service.awaitHealthy(Duration.ofMinutes(8));
    }

    private static int freePort() {
        return ServiceJar.freePort();
    }
}
