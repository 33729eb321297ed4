package com.xcord.server.support;

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

/** A plain HTTP client for the service under test. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A response: status, headers and the body parsed as JSON (NullNode when empty). */
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
        }

        public Call token(String accessToken) {
            headers.put("Authorization", "Bearer " + accessToken);
            return this;
        }

        /** As this test user. */
        public Call as(TestUser user) {
            return token(user.token());
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

    private static JsonNode parse(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (RuntimeException e) {
            return NullNode.getInstance();
        }
    }
}
