package com.xcord.servicekit.testapp;

import com.xcord.servicekit.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.xcord.servicekit.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class IdempotencyTests extends IntegrationTest {

    @Autowired
    Gate gate;

    private final long user = newUserId();
    private final String token = TestTokens.accessToken(user);

    @Test
    void aRetryReplaysTheFirstResponseAndCreatesNothing() {
        String key = "k-" + newUserId();
        String body = "{\"name\": \"replay-" + key + "\"}";
        HttpResponse<String> first = postJson("/api/v1/widgets", token, body, "Idempotency-Key", key);
        HttpResponse<String> retry = postJson("/api/v1/widgets", token, body, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertThat(widgetsNamed("replay-" + key)).isEqualTo(1);
        assertThat(outboxOrSeenEventsFor(first)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIs422() {
        String key = "k-" + newUserId();
        assertThat(postJson("/api/v1/widgets", token, "{\"name\": \"a-" + key + "\"}", "Idempotency-Key", key)
                .statusCode()).isEqualTo(201);
        HttpResponse<String> other = postJson("/api/v1/widgets", token, "{\"name\": \"b-" + key + "\"}",
                "Idempotency-Key", key);
        assertProblem(other, 422);
        assertThat(widgetsNamed("b-" + key)).isZero();
    }

    @Test
    void twoRacingRequestsWithOneKeyHaveOneEffectAndTheSameResponse() throws Exception {
        String key = "race-" + newUserId();
        String name = "race-" + key;
        String body = "{\"name\": \"" + name + "\"}";
        gate.close(name);
        try {
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                    () -> postJson("/api/v1/widgets", token, body, "Idempotency-Key", key));
            assertThat(gate.awaitArrival(name, 20)).as("first request inside its transaction").isTrue();
            CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(
                    () -> postJson("/api/v1/widgets", token, body, "Idempotency-Key", key));
            // the duplicate waits on the key's unique index, behind the first transaction
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnLock() > 0);
            assertThat(second).isNotDone();
            gate.open(name);

            HttpResponse<String> a = first.get(30, TimeUnit.SECONDS);
            HttpResponse<String> b = second.get(30, TimeUnit.SECONDS);
            assertThat(a.statusCode()).isEqualTo(201);
            assertThat(b.statusCode()).isEqualTo(201);
            assertThat(b.body()).isEqualTo(a.body());
            assertThat(b.headers().firstValue("Idempotency-Replayed")).hasValue("true");
            assertThat(widgetsNamed(name)).isEqualTo(1);
        } finally {
            gate.open(name);
        }
    }

    @Test
    void errorResponsesAreNotStoredAndTheirEffectIsUndone() {
        String key = "err-" + newUserId();
        String body = "{\"name\": \"err-" + key + "\"}";
        assertProblem(postJson("/api/v1/widgets/conflict", token, body, "Idempotency-Key", key), 409);
        assertThat(widgetsNamed("err-" + key)).isZero();
        assertThat(keyRows(user, key)).isZero();
        // the key is free: a retry runs again (and fails again), it is not replayed
        HttpResponse<String> retry = postJson("/api/v1/widgets/conflict", token, body, "Idempotency-Key", key);
        assertProblem(retry, 409);
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).isEmpty();
    }

    @Test
    void validationErrorsAreNotStored() {
        String key = "val-" + newUserId();
        assertProblem(postJson("/api/v1/widgets", token, "{\"name\": \"\"}", "Idempotency-Key", key), 400);
        assertThat(keyRows(user, key)).isZero();
    }

    @Test
    void a2xxOverARollbackOnlyTransactionBecomes500AndNothingIsKept() {
        String key = "swallow-" + newUserId();
        HttpResponse<String> response = postJson("/api/v1/widgets/swallowed", token,
                "{\"name\": \"swallow-" + key + "\"}", "Idempotency-Key", key);
        assertProblem(response, 500);
        assertThat(widgetsNamed("swallow-" + key)).isZero();
        assertThat(keyRows(user, key)).isZero();
    }

    @Test
    void anotherUserWithTheSameKeyIsIndependent() {
        String key = "shared-" + newUserId();
        String other = TestTokens.accessToken(newUserId());
        HttpResponse<String> mine = postJson("/api/v1/widgets", token, "{\"name\": \"mine-" + key + "\"}",
                "Idempotency-Key", key);
        HttpResponse<String> theirs = postJson("/api/v1/widgets", other, "{\"name\": \"theirs-" + key + "\"}",
                "Idempotency-Key", key);
        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(widgetsNamed("theirs-" + key)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryPostRuns() {
        String prefix = "nokey-" + newUserId();
        assertThat(postJson("/api/v1/widgets", token, "{\"name\": \"" + prefix + "-1\"}").statusCode()).isEqualTo(201);
        assertThat(postJson("/api/v1/widgets", token, "{\"name\": \"" + prefix + "-2\"}").statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM widget WHERE name LIKE ?", Integer.class, prefix + "%"))
                .isEqualTo(2);
    }

    @Test
    void aMalformedKeyIs400() {
        assertProblem(postJson("/api/v1/widgets", token, "{\"name\": \"x\"}", "Idempotency-Key", "a".repeat(256)),
                400);
        assertProblem(postJson("/api/v1/widgets", token, "{\"name\": \"x\"}", "Idempotency-Key", "has space"), 400);
    }

    @Test
    void aKeyOlderThan24HoursIsIgnored() {
        String key = "old-" + newUserId();
        String body = "{\"name\": \"old-" + key + "\"}";
        assertThat(postJson("/api/v1/widgets", token, body, "Idempotency-Key", key).statusCode()).isEqualTo(201);
        jdbc.update("UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE user_id = ? "
                + "AND idem_key = ?", user, key);
        // a new request, not a replay: the name is taken now, so it fails with 409
        HttpResponse<String> late = postJson("/api/v1/widgets", token, body, "Idempotency-Key", key);
        assertProblem(late, 409);
        assertThat(late.headers().firstValue("Idempotency-Replayed")).isEmpty();
    }

    private int widgetsNamed(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM widget WHERE name = ?", Integer.class, name);
    }

    private int keyRows(long userId, String key) {
        return jdbc.queryForObject("SELECT count(*) FROM idempotency_key WHERE user_id = ? AND idem_key = ?",
                Integer.class, userId, key);
    }

    private int waitingOnLock() {
        return jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                + "AND query LIKE 'INSERT INTO idempotency_key%'", Integer.class);
    }

    /** The widget's created event: still in the outbox or already applied by the projection. */
    private int outboxOrSeenEventsFor(HttpResponse<String> created) {
        String id = created.body().replaceAll(".*\"id\":\"(\\d+)\".*", "$1");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM widget_seen WHERE subject = ?", Integer.class, id) > 0);
        return jdbc.queryForObject("SELECT count(*) FROM widget_seen WHERE subject = ?", Integer.class, id);
    }
}
