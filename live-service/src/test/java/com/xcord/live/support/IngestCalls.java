package com.xcord.live.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** nginx-rtmp's notify callbacks as it sends them: form-encoded POSTs to the ingest port, no redirects followed. */
public final class IngestCalls {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final int port;

    IngestCalls(int port) {
        this.port = port;
    }

    public HttpResponse<String> onPublish(String key, String clientId) {
        return post(port, "on-publish", form("publish", key, clientId));
    }

    public HttpResponse<String> onUpdate(String name, String clientId) {
        Map<String, String> form = form("update_publish", name, clientId);
        form.put("time", "10");
        form.put("timestamp", "10000");
        return post(port, "on-update", form);
    }

    public HttpResponse<String> onPublishDone(String name, String clientId) {
        return post(port, "on-publish-done", form("publish_done", name, clientId));
    }

    /** A callback sent to another port (the API's): it must not be answered there. */
    public static HttpResponse<String> post(int port, String callback, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/live/ingest/" + callback))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> form(String call, String name, String clientId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app", "live");
        form.put("flashver", "FMLE/3.0");
        form.put("swfurl", "");
        form.put("tcurl", "rtmp://127.0.0.1:1935/live");
        form.put("pageurl", "");
        form.put("addr", "127.0.0.1");
        form.put("clientid", clientId);
        form.put("call", call);
        form.put("name", name);
        form.put("type", "live");
        return form;
    }
}
