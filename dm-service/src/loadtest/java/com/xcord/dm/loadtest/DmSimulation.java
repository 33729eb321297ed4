package com.xcord.dm.loadtest;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The benchmark of issue 5 (dm-service runs in a child JVM, see {@link ServerProcess}), open model (constant arrival rates; a slow server does not slow the
 * arrivals): a user with 1,000 conversations and 1,000,000 messages in the table.
 * After a warm-up, one phase after the other: the conversation list (first page, with
 * unread counts), a history page of a random conversation, and sends by the partners.
 *
 * <pre>
 * ./mvnw -Ploadtest -f dm-service/pom.xml test-compile gatling:test \
 *     -DlistRate=100 -DhistoryRate=100 -DsendRate=500 -Dseconds=30 -Dwarmup=20
 * </pre>
 */
public class DmSimulation extends Simulation {

    private static final String LIST = "GET /dm/conversations";
    private static final String HISTORY = "GET /dm/conversations/{id}/messages";
    private static final String SEND = "POST /dm/conversations/{id}/messages";

    private static final Duration PAUSE = Duration.ofSeconds(5);

    private final double listRate = Double.parseDouble(System.getProperty("listRate", "100"));
    private final double historyRate = Double.parseDouble(System.getProperty("historyRate", "100"));
    private final double sendRate = Double.parseDouble(System.getProperty("sendRate", "500"));
    private final Duration phase = Duration.ofSeconds(Long.getLong("seconds", 30));
    private final Duration warmup = Duration.ofSeconds(Long.getLong("warmup", 20));

    private final ServerProcess fleet = new ServerProcess(Integer.getInteger("conversations", 1_000),
            Integer.getInteger("messages", 1_000_000), System.getProperty("serverHeap", "1g"));
    private final String userToken = fleet.userToken;

    private final HttpProtocolBuilder protocol = http.baseUrl(fleet.baseUrl)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections();

    /** A random seeded conversation, with its partner's token and a fresh clientId. */
    private Iterator<Map<String, Object>> randomConversations() {
        return Stream.generate(() -> {
            int i = ThreadLocalRandom.current().nextInt(fleet.conversationIds.size());
            Map<String, Object> row = new HashMap<>();
            row.put("conversationId", fleet.conversationIds.get(i));
            row.put("partnerToken", fleet.partnerTokens.get(i));
            row.put("clientId", UUID.randomUUID().toString());
            return row;
        }).iterator();
    }

    private ScenarioBuilder list(String name) {
        return scenario(name).exec(http(name).get("/api/v1/dm/conversations")
                .header("Authorization", "Bearer " + userToken)
                .check(status().is(200)));
    }

    private ScenarioBuilder history(String name) {
        return scenario(name).feed(randomConversations())
                .exec(http(name).get("/api/v1/dm/conversations/#{conversationId}/messages?limit=50")
                        .header("Authorization", "Bearer " + userToken)
                        .check(status().is(200)));
    }

    private ScenarioBuilder send(String name) {
        return scenario(name).feed(randomConversations())
                .exec(http(name).post("/api/v1/dm/conversations/#{conversationId}/messages")
                        .header("Authorization", "Bearer #{partnerToken}")
                        .body(StringBody("{\"content\":\"benchmark message\",\"clientId\":\"#{clientId}\"}"))
                        .check(status().is(201)));
    }

    {
        // the JIT warms up on the same mix, ramping up to the measured rates, before anything is measured
        setUp(list("warmup list").injectOpen(rampUsersPerSec(1).to(listRate).during(warmup))
                .andThen(history("warmup history").injectOpen(rampUsersPerSec(1).to(historyRate).during(warmup)))
                .andThen(send("warmup send").injectOpen(rampUsersPerSec(1).to(sendRate).during(warmup)))
                // a pause before each measured phase lets what the previous phase queued (outbox, GC) drain
                .andThen(list(LIST).injectOpen(nothingFor(PAUSE), constantUsersPerSec(listRate).during(phase)))
                .andThen(history(HISTORY).injectOpen(nothingFor(PAUSE),
                        constantUsersPerSec(historyRate).during(phase)))
                .andThen(send(SEND).injectOpen(nothingFor(PAUSE), constantUsersPerSec(sendRate).during(phase))))
                .protocols(protocol)
                .assertions(Stream.of(LIST, HISTORY, SEND)
                        .map(name -> details(name).failedRequests().percent().lt(0.1)).toList());
    }

    @Override
    public void after() {
        try {
            fleet.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
