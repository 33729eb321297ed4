package com.xcord.servicekit.test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A plain HTTP client for a service under test, shared by every service's integration tests:
 * {@code api.post("/api/v1/...").as(alice).json(body).send()}.
 *
 * <p>With {@link #fromRandomClientAddresses()}, every request carries a random
 * {@code X-Forwarded-For} (trusted from loopback where a service honours it) unless one is
 * given, so that per-address rate limits only bite in the tests about them.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final boolean randomClientAddresses;

    public Api(int port) {
        this("http://localhost:" + port, false);
    }

    private Api(String base, boolean randomClientAddresses) {
        this.base = base;
        this.randomClientAddresses = randomClientAddresses;
    }

    /** A copy of this client whose requests come from random client addresses. */
    public Api fromRandomClientAddresses() {
        return new Api(base, true);
    }

    /** Anyone a request can be sent as: a test fixture holding an access token. */
    public interface Caller {
        String accessToken();
    }

    /** A response: status, headers and the body parsed as JSON ({@link NullNode} when empty or not JSON). */
    public record Response(int status, HttpHeaders headers, String raw, JsonNode body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String text(String field) {
            return body.path(field).asString();
        }

        /** Fails unless the status is the expected one; returns this response. */
        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but was " + status + ": " + raw);
            }
            return this;
        }
    }

    /** Builds one request. */
    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
            if (randomClientAddresses) {
                headers.put("X-Forwarded-For", randomIp());
            }
        }

        public Call token(String accessToken) {
            headers.put("Authorization", "Bearer " + accessToken);
            return this;
        }

        /** As this fixture. */
        public Call as(Caller caller) {
            return token(caller.accessToken());
        }

        /** As this user id, with a valid token minted by {@link TestTokens}. */
        public Call as(long userId) {
            return token(TestTokens.accessToken(userId));
        }

        /** From this client address ({@code X-Forwarded-For}). */
        public Call from(String ip) {
            headers.put("X-Forwarded-For", ip);
            return this;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call json(Object value) {
            return rawJson(JSON.writeValueAsString(value));
        }

        public Call rawJson(String json) {
            this.body = json;
            headers.put("Content-Type", "application/json");
            return this;
        }

        public Response send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String raw = response.body();
                JsonNode json = raw == null || raw.isBlank() ? NullNode.getInstance() : parse(raw);
                return new Response(response.statusCode(), response.headers(), raw, json);
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public Call get(String path) {
        return new Call("GET", path);
    }

    public Call post(String path) {
        return new Call("POST", path);
    }

    public Call put(String path) {
        return new Call("PUT", path);
    }

    public Call patch(String path) {
        return new Call("PATCH", path);
    }

    public Call delete(String path) {
        return new Call("DELETE", path);
    }

    public static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private static JsonNode parse(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (RuntimeException e) {
            return NullNode.getInstance();
        }
    }
}
