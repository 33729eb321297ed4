package com.xcord.e2e.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.e2e.support.Client;
import com.xcord.e2e.support.Client.User;
import com.xcord.e2e.support.EventTopicsOnFailure;
import com.xcord.e2e.support.Fleet;
import com.xcord.e2e.support.Sockets;
import com.xcord.realtime.support.WsClient;
import com.xcord.testkit.PrometheusScrape;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14's scrape test: after a direct message and a channel message through the real fleet, each process's
 * {@code /actuator/prometheus} (scraped directly, as Prometheus does inside the cluster; the gateway's on its
 * management port) has the domain metrics of docs/conventions.md "Metrics" with sane values, and no tag carries
 * an id. The gateway's public port does not serve the scrape.
 */
@ExtendWith(EventTopicsOnFailure.class)
class MetricsEndToEndTests {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Fleet fleet = Fleet.shared();
    private final Client api = new Client(fleet);
    @RegisterExtension
    final Sockets sockets = new Sockets(fleet);

    @Test
    void afterADirectAndAChannelMessageEveryServiceExportsItsDomainMetrics() throws Exception {
        User a = api.register("metrics_a");
        User b = api.register("metrics_b");
        WsClient socketB = sockets.identified(b);
        String dmContent = Client.unique("metrics dm");
        api.sendDm(a, api.conversation(a, b), dmContent);
        socketB.awaitDispatch("DM_MESSAGE_CREATE", d -> dmContent.equals(d.path("content").asString()));

        String server = api.createServer(a, "metrics");
        String channel = api.firstChannel(a, server);
        api.join(a, server, b);
        String channelContent = Client.unique("metrics channel");
        api.sendChannelMessage(a, server, channel, channelContent);
        socketB.awaitDispatch("MESSAGE_CREATE", d -> channelContent.equals(d.path("content").asString()));
        assertThat(api.status("POST", "/auth/login", null, Map.of("login", a.username(), "password", "wrong")))
                .isEqualTo(401);

        // the outboxes drained: nothing pending, the oldest unsent event 0 s old
        for (String service : new String[] {"auth", "dm", "server"}) {
            await(service + "'s outbox drained").atMost(WAIT).untilAsserted(() -> {
                PrometheusScrape scrape = scrape(fleet.serviceUrl(service));
                assertThat(scrape.value("xcord_outbox_pending")).isZero();
                assertThat(scrape.value("xcord_outbox_lag_seconds")).isBetween(0.0, 1.0);
            });
        }
        PrometheusScrape dm = service("dm", "dm-service");
        assertThat(dm.value("xcord_outbox_relayed_total", "topic", "xcord.dm.events")).isGreaterThanOrEqualTo(1);
        assertThat(dm.sum("http_server_requests_seconds_count", "uri", "/api/v1/dm/conversations/{id}/messages",
                "status", "201").orElse(0)).isGreaterThanOrEqualTo(1);
        assertThat(dm.find("xcord_consumer_dead_letters_total")).isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.value()).isZero());
        assertThat(dm.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
        assertThat(dm.has("hikaricp_connections_active")).isTrue();

        PrometheusScrape serverService = service("server", "server-service");
        assertThat(serverService.value("xcord_outbox_relayed_total", "topic", "xcord.server.events"))
                .isGreaterThanOrEqualTo(2);

        PrometheusScrape auth = service("auth", "auth-service");
        assertThat(auth.value("xcord_outbox_relayed_total", "topic", "xcord.auth.events")).isGreaterThanOrEqualTo(2);
        assertThat(auth.value("xcord_auth_login_failures_total", "reason", "bad_credentials")).isGreaterThanOrEqualTo(1);

        service("feed", "feed-service");

        // realtime replica 1 (behind the gateway's /ws) holds b's socket and delivered both messages
        PrometheusScrape realtime = scrapeAs(fleet.realtimeUrl(1), "realtime-service");
        assertThat(realtime.value("xcord_realtime_sockets")).isGreaterThanOrEqualTo(1);
        assertThat(realtime.value("xcord_realtime_dispatches_total", "type", "DM_MESSAGE_CREATE")).isGreaterThanOrEqualTo(1);
        assertThat(realtime.value("xcord_realtime_dispatches_total", "type", "MESSAGE_CREATE")).isGreaterThanOrEqualTo(1);
        // events are snowflake-timed by their outbox: the frames went out within the 2.5 s budget bucket
        assertThat(realtime.value("xcord_realtime_delivery_latency_seconds_bucket", "le", "2.5"))
                .isGreaterThanOrEqualTo(2);
        assertThat(realtime.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
        scrapeAs(fleet.realtimeUrl(2), "realtime-service");

        PrometheusScrape gateway = scrapeAs(fleet.gatewayManagementUrl(), "gateway");
        assertThat(gateway.value("xcord_gateway_rate_limit_decisions_total", "route", "dm", "outcome", "allowed"))
                .isGreaterThanOrEqualTo(1);
        assertThat(gateway.sum("http_server_requests_seconds_count", "uri", "server", "status", "201").orElse(0))
                .isGreaterThanOrEqualTo(1);
        assertThat(gateway.find("resilience4j_circuitbreaker_state", "name", "dm", "state", "closed"))
                .extracting(PrometheusScrape.Sample::value).containsExactly(1.0);
        assertThat(gateway.value("xcord_session_revocations_known")).isGreaterThanOrEqualTo(0);

        assertEveryXcordMetricTheDashboardsAndAlertsNameIsExported(List.of(dm, serverService, auth, realtime, gateway,
                service("feed", "feed-service")));
    }

    /**
     * The dashboards and alert rules (observability/) query only metrics the fleet really exports: every {@code xcord_}
     * name they use is in a scrape of a real process after real traffic. A counter that appears with its first
     * occurrence (a duplicate skipped, a throttle, a drop) cannot be seen on a fleet where none happened: those are
     * listed, each with why.
     */
    private static void assertEveryXcordMetricTheDashboardsAndAlertsNameIsExported(List<PrometheusScrape> scrapes)
            throws IOException {
        Map<String, String> firstOccurrence = Map.of(
                "xcord_consumer_duplicates_skipped_total", "registered with the first redelivered event",
                "xcord_auth_login_throttled_total", "registered with the first throttled login");
        Set<String> used = new TreeSet<>();
        Pattern name = Pattern.compile("\\b(xcord_[a-z_]+?)(?:_bucket|_count|_sum)?\\b");
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("../observability/grafana/dashboards")),
                Files.list(Path.of("../observability/prometheus/rules")))) {
            for (Path file : files.toList()) {
                Matcher matcher = name.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("xcord_ metrics named by observability/").isNotEmpty();
        Set<String> missing = new TreeSet<>();
        for (String metric : used) {
            if (!firstOccurrence.containsKey(metric) && scrapes.stream().noneMatch(scrape -> scrape.has(metric)
                    || scrape.has(metric + "_bucket") || scrape.has(metric + "_count"))) {
                missing.add(metric);
            }
        }
        assertThat(missing).as("metrics the dashboards or alerts query that no process exports").isEmpty();
    }

    @Test
    void theGatewaysPublicPortDoesNotServeTheScrape() throws Exception {
        User user = api.register("metrics_public");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
                URI.create(fleet.gatewayUrl() + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withToken = http.send(HttpRequest.newBuilder(
                        URI.create(fleet.gatewayUrl() + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + user.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(withToken.statusCode()).isEqualTo(404);
        assertThat(withToken.body()).doesNotContain("jvm_");
        HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(
                URI.create(fleet.gatewayUrl() + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).isEqualTo(200);
    }

    /** A service's scrape, its tags checked: the application's name on every sample, no id anywhere. */
    private PrometheusScrape service(String name, String application) {
        return scrapeAs(fleet.serviceUrl(name), application);
    }

    private static PrometheusScrape scrapeAs(String baseUrl, String application) {
        PrometheusScrape scrape = scrape(baseUrl);
        assertThat(scrape.samples()).as(application).isNotEmpty().allSatisfy(sample ->
                assertThat(sample.labels()).containsEntry("application", application));
        // Kafka's per-broker metrics name the broker's node id (bounded by the brokers)
        assertThat(scrape.unboundedLabels("node_id")).as(application).isEmpty();
        return scrape;
    }

    private static PrometheusScrape scrape(String baseUrl) {
        return PrometheusScrape.of(baseUrl + "/actuator/prometheus");
    }
}
