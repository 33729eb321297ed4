package com.xcord.auth.login;

import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import com.xcord.servicekit.test.Api;
import com.xcord.testkit.PrometheusScrape;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login failures as the operator sees them at {@code /actuator/prometheus} (docs/conventions.md "Metrics"): by
 * reason and, for throttled ones, by the rule that refused; nothing about who or from where in a tag.
 */
class LoginMetricsTests extends IntegrationTest {

    private static final String LOGIN = "/api/v1/auth/login";
    private static final String WRONG = "not the password";

    @Test
    void everyRefusedLoginIsCountedByReasonAndEveryThrottleByRule() {
        Users.Registered alice = Users.register(api, "alice");
        String attacker = Api.randomIp();
        PrometheusScrape before = scrape();

        assertProblem(login(alice.username(), WRONG, attacker), 401);
        assertProblem(login("nobody-" + alice.username(), WRONG, attacker), 401);
        assertProblem(api.post(LOGIN).from(attacker).json(Map.of("login", "", "password", "")).send(), 400);
        // one wrong password from this network: the next attempt waits (backoff)
        assertProblem(login(alice.username(), alice.password(), attacker), 429);

        PrometheusScrape after = scrape();
        assertThat(delta(before, after, "xcord_auth_login_failures_total", "reason", "bad_credentials")).isEqualTo(2);
        assertThat(delta(before, after, "xcord_auth_login_failures_total", "reason", "invalid")).isEqualTo(1);
        assertThat(delta(before, after, "xcord_auth_login_failures_total", "reason", "throttled")).isEqualTo(1);
        assertThat(delta(before, after, "xcord_auth_login_throttled_total", "rule", "backoff")).isEqualTo(1);
        assertThat(after.find("xcord_auth_login_throttled_total")).extracting(s -> s.labels().get("rule"))
                .containsExactlyInAnyOrder("per_ip", "per_account", "backoff");
        assertThat(after.samples()).allSatisfy(sample ->
                assertThat(sample.labels()).containsEntry("application", "auth-service"));
        // user ids, login names and addresses went through the requests above: none is a tag
        assertThat(after.unboundedLabels("node_id")).isEmpty();
        assertThat(after.text()).doesNotContain(alice.username()).doesNotContain(attacker);
    }

    private Api.Response login(String login, String password, String ip) {
        return api.post(LOGIN).from(ip).json(Map.of("login", login, "password", password)).send();
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of("http://localhost:" + port + "/actuator/prometheus");
    }

    private static double delta(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.sum(name, labels).orElse(0) - before.sum(name, labels).orElse(0);
    }
}
