package com.xcord.search.support;

import com.xcord.servicekit.test.Api;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Searches through HTTP as a given user. */
public final class Searches {

    private final Api api;

    Searches(Api api) {
        this.api = api;
    }

    /** {@code GET path?params} as {@code user}: the raw response. */
    public Api.Response get(long user, String path, String... params) {
        return api.get(path + query(params)).as(user).send();
    }

    /** The items of a successful search: {@code params} are name, value pairs ({@code "q", "hello", "type", "all"}). */
    public List<JsonNode> items(long user, String path, String... params) {
        Api.Response response = get(user, path, params);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.body().path("items").forEach(items::add);
        return items;
    }

    /** The ids of what {@code GET /api/v1/search?q=…&type=…} finds for {@code user}. */
    public List<String> ids(long user, String q, String type) {
        return items(user, "/api/v1/search", "q", q, "type", type).stream().map(i -> i.path("id").asString()).toList();
    }

    static String query(String... params) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            pairs.put(params[i], params[i + 1]);
        }
        return pairs.isEmpty() ? "" : pairs.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }
}
