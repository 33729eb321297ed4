package com.xcord.servicekit.testapp;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.Topics;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.id.SnowflakeIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Base of every integration test in the module: one Spring context (the test application on
 * a random port, against the testkit's real Postgres, Kafka and Redis), shared through the
 * context cache. Requests go through a plain JDK HTTP client, as a real client's would.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicLong USER_IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @Autowired
    protected EventCodec codec;

    @Autowired
    protected SnowflakeIds ids;

    /** Publishes an event as auth-service would, on its topic, keyed by {@code subject}; returns it. */
    protected <T> EventEnvelope<T> publishAuthEvent(EventType<T> type, String subject, T payload) {
        EventEnvelope<T> event = EventEnvelope.of(Ids.format(ids.next()), type, "auth-service", Instant.now(),
                subject, payload);
        publishAuthEvent(event);
        return event;
    }

    /** Publishes {@code event} on auth-service's topic again (a redelivery). */
    protected void publishAuthEvent(EventEnvelope<?> event) {
        kafka.send(Topics.AUTH, event.subject(), codec.encode(event)).join();
    }

    /** A user id no other test uses. */
    protected static long newUserId() {
        return USER_IDS.incrementAndGet();
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    protected HttpRequest.Builder authorized(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token);
    }

    protected static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    protected HttpResponse<String> postJson(String path, String token, String body, String... headers) {
        HttpRequest.Builder builder = authorized(path, token).header("Content-Type", "application/json")
                .POST(json(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    protected HttpResponse<String> get(String path, String token) {
        return send(token == null ? request(path).GET() : authorized(path, token).GET());
    }

    protected static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
