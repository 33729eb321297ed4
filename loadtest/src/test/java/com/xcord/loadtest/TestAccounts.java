package com.xcord.loadtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers the accounts a simulation uses before the measured load starts, so that the
 * measured phase holds only the requests under test. Each entry is a Gatling feeder record.
 */
final class TestAccounts {

    static final String PASSWORD = "load-test-password-1";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private TestAccounts() {
    }

    static List<Map<String, Object>> register(String baseUrl, int count) {
        HttpClient client = HttpClient.newHttpClient();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> accounts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String username = "lt_" + run + "_" + i;
            String body = "{\"username\":\"" + username + "\",\"email\":\"" + username + "@load.test\",\"password\":\""
                    + PASSWORD + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/register"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                Matcher token = ACCESS_TOKEN.matcher(response.body());
                if (response.statusCode() != 201 || !token.find()) {
                    throw new IllegalStateException("register failed: " + response.statusCode() + " " + response.body());
                }
                Map<String, Object> account = new HashMap<>();
                account.put("username", username);
                account.put("password", PASSWORD);
                account.put("accessToken", token.group(1));
                accounts.add(account);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot reach " + baseUrl, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return accounts;
    }
}
