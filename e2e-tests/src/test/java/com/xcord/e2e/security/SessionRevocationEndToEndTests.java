package com.xcord.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.e2e.support.Client;
import com.xcord.e2e.support.Client.User;
import com.xcord.e2e.support.EventTopicsOnFailure;
import com.xcord.e2e.support.Fleet;
import com.xcord.e2e.support.Sockets;
import com.xcord.realtime.support.WsClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12 finding 1: a session auth-service ended (logout, logout-all, refresh-token reuse — the stolen-token case)
 * is refused by every service and by the socket within a second, through the gateway and around it, not only when
 * its access token expires. Prints how long each refusal took after the logout answered.
 */
@ExtendWith(EventTopicsOnFailure.class)
class SessionRevocationEndToEndTests {

    /** DESIGN §4: logout revokes the session; the target for "everywhere". */
    private static final Duration BUDGET = Duration.ofSeconds(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Fleet fleet = Fleet.shared();
    private final Client api = new Client(fleet);
    @RegisterExtension
    final Sockets sockets = new Sockets(fleet);

    @Test
    void afterLogoutTheTokenIsRefusedEverywhereWithinASecond() {
        User alice = api.register("rev_alice");
        User bob = api.register("rev_bob");
        String conversation = api.conversation(alice, bob);
        WsClient open = sockets.identified(alice);
        Map<String, IntSupplier> probes = probes(alice, conversation);
        probes.forEach((name, probe) -> assertThat(probe.getAsInt()).as("%s before the logout", name).isLessThan(300));

        api.logout(alice);
        long loggedOut = System.nanoTime();
        CompletableFuture<Long> identify = CompletableFuture.supplyAsync(() -> untilIdentifyRefused(alice, loggedOut));
        Map<String, Long> refusedAfter = untilRefused(probes, loggedOut);
        refusedAfter.put("IDENTIFY on a new socket", identify.join());

        System.out.println("session revocation, ms from logout to the first refusal: " + refusedAfter);
        refusedAfter.forEach((name, millis) -> assertThat(millis).as(name).isLessThanOrEqualTo(BUDGET.toMillis()));
        assertThat(open.awaitClose()).as("the session's open socket").isEqualTo(4004);
        assertThat(api.status("GET", "/dm/conversations", bob, null)).as("other users").isEqualTo(200);
    }

    @Test
    void logoutAllEndsEverySessionAndNotTheOneOpenedAfter() {
        User laptop = api.register("rev_all");
        User phone = api.login(laptop);

        api.logoutAll(phone);
        long loggedOut = System.nanoTime();
        Map<String, IntSupplier> probes = new LinkedHashMap<>();
        probes.put("laptop", () -> api.status("GET", "/dm/conversations", laptop, null));
        probes.put("phone", () -> api.status("GET", "/dm/conversations", phone, null));
        Map<String, Long> refusedAfter = untilRefused(probes, loggedOut);

        System.out.println("logout-all, ms to refusal: " + refusedAfter);
        refusedAfter.forEach((name, millis) -> assertThat(millis).as(name).isLessThanOrEqualTo(BUDGET.toMillis()));
        User again = api.login(laptop);
        assertThat(api.status("GET", "/dm/conversations", again, null)).as("a session opened after").isEqualTo(200);
        assertThat(sockets.identified(again).dispatches("READY")).hasSize(1);
    }

    @Test
    void reusingASpentRefreshTokenEndsTheSessionAndItsNewestAccessToken() {
        User victim = api.register("rev_reuse");
        User rotated = api.refresh(victim);
        assertThat(api.status("GET", "/feed", rotated, null)).isEqualTo(200);

        // the thief replays the refresh token the victim already spent: auth-service ends the whole session
        assertThat(api.status("POST", "/auth/refresh", null, Map.of("refreshToken", victim.refreshToken())))
                .isEqualTo(401);
        long reused = System.nanoTime();
        Map<String, Long> refusedAfter = untilRefused(Map.of("newest access token at feed-service",
                () -> api.status("GET", "/feed", rotated, null)), reused);

        System.out.println("refresh-token reuse, ms to refusal: " + refusedAfter);
        assertThat(refusedAfter.values()).allSatisfy(millis -> assertThat(millis).isLessThanOrEqualTo(BUDGET.toMillis()));
    }

    /** Reads and writes at every service through the gateway, and reads at each service directly. */
    private Map<String, IntSupplier> probes(User user, String conversation) {
        Map<String, IntSupplier> probes = new LinkedHashMap<>();
        probes.put("GET /dm/conversations", () -> api.status("GET", "/dm/conversations", user, null));
        probes.put("POST a DM", () -> api.status("POST", "/dm/conversations/" + conversation + "/messages", user,
                Map.of("content", "still me?", "clientId", UUID.randomUUID().toString())));
        probes.put("POST /servers", () -> api.status("POST", "/servers", user, Map.of("name", "after logout")));
        probes.put("POST /posts", () -> api.status("POST", "/posts", user, Map.of("content", "after logout",
                "visibility", "public")));
        probes.put("GET /feed", () -> api.status("GET", "/feed", user, null));
        for (String service : new String[] {"dm", "server", "feed"}) {
            String path = switch (service) {
                case "dm" -> "/api/v1/dm/conversations";
                case "server" -> "/api/v1/servers";
                default -> "/api/v1/feed";
            };
            probes.put(service + "-service directly", () -> directStatus(fleet.serviceUrl(service) + path, user));
        }
        return probes;
    }

    /** Polls every probe until each has answered 401 once; the milliseconds from {@code since} to each one's first. */
    private static Map<String, Long> untilRefused(Map<String, IntSupplier> probes, long since) {
        Map<String, Long> refusedAfter = new LinkedHashMap<>();
        Map<String, Integer> lastStatus = new LinkedHashMap<>();
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5)).until(() -> {
                probes.forEach((name, probe) -> {
                    if (!refusedAfter.containsKey(name)) {
                        int status = probe.getAsInt();
                        lastStatus.put(name, status);
                        if (status == 401) {
                            refusedAfter.put(name, (System.nanoTime() - since) / 1_000_000);
                        }
                    }
                });
                return refusedAfter.size() == probes.size();
            });
        } catch (ConditionTimeoutException e) {
            lastStatus.keySet().removeAll(refusedAfter.keySet());
            throw new AssertionError("never refused (last status): " + lastStatus + "; refused: " + refusedAfter, e);
        }
        return refusedAfter;
    }

    /** Opens sockets through the gateway until IDENTIFY with the user's token is closed with 4004. */
    private long untilIdentifyRefused(User user, long since) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5)).until(() -> {
            try (WsClient socket = WsClient.connect(fleet.gatewaySocket())) {
                socket.awaitOp("HELLO");
                socket.send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + user.token() + "\"}}");
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> socket.closeCode.isDone() || !socket.dispatches("READY").isEmpty());
                return socket.dispatches("READY").isEmpty() && socket.closeCode.join() == 4004;
            }
        });
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static int directStatus(String url, User user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + user.token()).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
