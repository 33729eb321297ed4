package com.xcord.media.support;

import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.TestTokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** Multipart uploads and the presigned flow, through HTTP like a client. */
public final class Uploads {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;

    Uploads(int port) {
        this.base = "http://localhost:" + port;
    }

    /** One multipart request being built. */
    public final class Multipart {
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] file;
        private String filename = "upload.bin";
        private String contentType = "application/octet-stream";

        public Multipart as(long userId) {
            headers.put("Authorization", "Bearer " + TestTokens.accessToken(userId));
            return this;
        }

        public Multipart token(String token) {
            headers.put("Authorization", "Bearer " + token);
            return this;
        }

        public Multipart header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Multipart file(byte[] bytes, String name, String type) {
            this.file = bytes;
            this.filename = name;
            this.contentType = type;
            return this;
        }

        public Multipart field(String name, String value) {
            fields.put(name, value);
            return this;
        }

        public Api.Response send() {
            String boundary = "xcord-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\n\r\n" + value + "\r\n"));
            if (file != null) {
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
                body.writeBytes(file);
                write(body, "\r\n");
            }
            write(body, "--" + boundary + "--\r\n");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/media/upload"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            headers.forEach(request::header);
            return Uploads.exchange(request.build());
        }
    }

    public Multipart multipart() {
        return new Multipart();
    }

    /** A multipart upload of {@code bytes} by {@code userId}. */
    public Api.Response upload(long userId, byte[] bytes, String filename, String contentType) {
        return multipart().as(userId).file(bytes, filename, contentType).send();
    }

    /** PUTs {@code bytes} to a presigned URL with the headers the start answer named (Content-Length is the body's). */
    public int put(JsonNode start, byte[] bytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(start.path("uploadUrl").asString()))
                .timeout(Duration.ofSeconds(30)).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        start.path("headers").properties().forEach(e -> {
            if (!e.getKey().equalsIgnoreCase("Content-Length")) {
                request.header(e.getKey(), e.getValue().asString());
            }
        });
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET that does not follow redirects. */
    public HttpResponse<byte[]> fetch(String pathOrUrl, long userId) {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (!pathOrUrl.startsWith("http")) {
            request.header("Authorization", "Bearer " + TestTokens.accessToken(userId));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Api.Response exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode json = raw == null || raw.isBlank() ? NullNode.getInstance() : parse(raw);
            return new Api.Response(response.statusCode(), response.headers(), raw, json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String raw) {
        try {
            return Api.JSON.readTree(raw);
        } catch (RuntimeException e) {
            return NullNode.getInstance();
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
