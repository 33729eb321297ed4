package com.xcord.auth.login;

import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import com.xcord.edge.test.MutableClock;
import com.xcord.servicekit.test.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The login throttling policy (auth-service/README.md, "Login throttling") through HTTP: guessing
 * stays slow from one address and from many, and nobody can lock the owner out of a network they
 * signed in from. Test limits: 6 attempts per address a minute, 3 failures per account from
 * unknown networks per 15 minutes; the backoff is the default 1 s, 2 s, 4 s … 15 min.
 */
class LoginThrottlingTests extends IntegrationTest {

    private static final String LOGIN = "/api/v1/auth/login";
    private static final String WRONG = "not the password";

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theOwnerSignsInFromAKnownNetworkWhileStrangersAreLockedOut() {
        Users.Registered alice = Users.register(api, "alice");
        String home = Api.randomIp();
        assertThat(login(alice.username(), alice.password(), home).status()).isEqualTo(200);

        List<Integer> attack = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            attack.add(login(alice.username(), WRONG, Api.randomIp()).status());
        }
        assertThat(attack).startsWith(401, 401, 401).endsWith(429, 429, 429);
        assertProblem(login(alice.email(), alice.password(), Api.randomIp()), 429);

        Api.Response owner = login(alice.email(), alice.password(), home);

        assertThat(owner.status()).as(owner.raw()).isEqualTo(200);
        assertThat(owner.body().path("user").path("id").asString()).isEqualTo(alice.id());
    }

    @Test
    void anAttackersOwnWaitKeepsGrowingWhileTheOwnerKeepsSigningIn() {
        Users.Registered alice = Users.register(api, "alice");
        String home = Api.randomIp();
        String attacker = Api.randomIp();
        assertThat(login(alice.username(), alice.password(), home).status()).isEqualTo(200);

        List<Long> waits = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            assertProblem(login(alice.username(), WRONG, attacker), 401);
            Api.Response refused = assertProblem(login(alice.username(), alice.password(), attacker), 429);
            long wait = Long.parseLong(refused.header("Retry-After"));
            long expected = 1L << round;
            assertThat(wait).as("round %d", round).isBetween(expected * 3 / 4, expected);
            assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
            waits.add(wait);

            assertThat(login(alice.username(), alice.password(), home).status()).as("the owner, round %d", round)
                    .isEqualTo(200);
            // past the wait and past the per-address window, so only the growing wait is seen
            clock.advance(Duration.ofSeconds(Math.max(wait, 61)));
        }

        assertThat(waits).isSorted().doesNotHaveDuplicates();
        assertThat(waits.get(waits.size() - 1)).isGreaterThanOrEqualTo(24);
    }

    @Test
    void credentialStuffingManyAccountsFromOneAddressIsStillThrottled() {
        List<Users.Registered> victims = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            victims.add(Users.register(api, "victim"));
        }
        String stuffer = Api.randomIp();
        for (int i = 0; i < 6; i++) {
            assertProblem(login(victims.get(i).username(), WRONG, stuffer), 401);
        }

        Api.Response limited = assertProblem(login(victims.get(6).username(), WRONG, stuffer), 429);

        assertThat(limited.header("RateLimit-Limit")).isEqualTo("6");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertProblem(login(victims.get(0).username(), WRONG, stuffer), 429);
        clock.advance(Duration.ofSeconds(61));
        assertProblem(login(victims.get(6).username(), WRONG, stuffer), 401);
    }

    @Test
    void aNewNetworkWaitsOutAnAttackAndThenSignsIn() {
        Users.Registered alice = Users.register(api, "alice");
        for (int i = 0; i < 5; i++) {
            login(alice.username(), WRONG, Api.randomIp());
        }
        String newNetwork = Api.randomIp();

        Api.Response refused = assertProblem(login(alice.username(), alice.password(), newNetwork), 429);
        long wait = Long.parseLong(refused.header("Retry-After"));
        assertThat(wait).isBetween(1L, 15 * 60L);
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("3");
        clock.advance(Duration.ofSeconds(wait - 2));
        assertProblem(login(alice.username(), alice.password(), newNetwork), 429);
        clock.advance(Duration.ofSeconds(2));

        assertThat(login(alice.username(), alice.password(), newNetwork).status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM sessions WHERE user_id = ?", Long.parseLong(alice.id()))).isEqualTo(2);
    }

    @Test
    void anotherAddressInTheOwnersIpv6PrefixIsKnownToo() {
        Users.Registered alice = Users.register(api, "alice");
        assertThat(login(alice.username(), alice.password(), "2001:db8:7:7::10").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            login(alice.username(), WRONG, Api.randomIp());
        }

        assertProblem(login(alice.username(), alice.password(), "2001:db8:7:8::10"), 429);
        assertThat(login(alice.username(), alice.password(), "2001:db8:7:7:a:b:c:d").status()).isEqualTo(200);
    }

    @Test
    void anUnknownUsernameGetsExactlyTheAnswersAnAccountGets() {
        Users.Registered alice = Users.register(api, "alice");

        List<Api.Response> account = probe(alice.username());
        List<Api.Response> nobody = probe(Users.uniqueUsername("nobody"));

        assertThat(account).extracting(Api.Response::status).containsExactly(401, 429, 401, 401, 429);
        assertThat(nobody).extracting(Api.Response::status).containsExactly(401, 429, 401, 401, 429);
        for (int i = 0; i < account.size(); i++) {
            Api.Response a = account.get(i);
            Api.Response n = nobody.get(i);
            assertThat(n.body()).as("answer %d", i).isEqualTo(a.body());
            assertThat(n.contentType()).isEqualTo(a.contentType());
            for (String header : List.of("RateLimit-Limit", "RateLimit-Remaining")) {
                assertThat(n.header(header)).as("%s of answer %d", header, i).isEqualTo(a.header(header));
            }
            if (a.header("Retry-After") != null) {
                assertThat(Long.parseLong(n.header("Retry-After")))
                        .isCloseTo(Long.parseLong(a.header("Retry-After")), within(1L));
            }
        }
    }

    @Test
    void concurrentGuessesCannotSlipThroughTogether() throws Exception {
        Users.Registered alice = Users.register(api, "alice");
        Users.Registered bob = Users.register(api, "bob");
        String attacker = Api.randomIp();

        List<Integer> fromOneAddress = concurrently(5, () -> login(alice.username(), WRONG, attacker).status());
        List<Integer> fromManyAddresses = concurrently(6, () -> login(bob.username(), WRONG, Api.randomIp()).status());

        assertThat(fromOneAddress).as("the backoff admits one at a time").containsExactlyInAnyOrder(401, 429, 429, 429, 429);
        assertThat(fromManyAddresses).as("the account admits 3 unknown-network failures")
                .containsExactlyInAnyOrder(401, 401, 401, 429, 429, 429);
    }

    /** A failure, its immediate retry, two failures from elsewhere, then a new address. */
    private List<Api.Response> probe(String login) {
        String first = Api.randomIp();
        return List.of(login(login, WRONG, first), login(login, WRONG, first),
                login(login, WRONG, Api.randomIp()), login(login, WRONG, Api.randomIp()),
                login(login, WRONG, Api.randomIp()));
    }

    /** Runs {@code racers} calls released together, and their results. */
    private static List<Integer> concurrently(int racers, Supplier<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CyclicBarrier start = new CyclicBarrier(racers);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call.get();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(30, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private Api.Response login(String login, String password, String ip) {
        return api.post(LOGIN).from(ip).json(Map.of("login", login, "password", password)).send();
    }
}
