package com.xcord.auth.bench;

import com.xcord.auth.AuthServiceApplication;
import com.xcord.auth.account.Passwords;
import com.xcord.testkit.TestInfrastructure;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;

/**
 * Measures what one Argon2id hash (m = 19 MiB, t = 2, p = 1) costs on this machine, with the
 * service running on the testkit's embedded infrastructure: raw hash/verify timings through the
 * service's own encoder, then end-to-end logins over HTTP. Not a test; run it as a main:
 * {@code java -cp <test classpath> com.xcord.auth.bench.PasswordHashCost [iterations]}.
 */
public final class PasswordHashCost {

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        TestInfrastructure.shared();
        ConfigurableApplicationContext app = SpringApplication.run(AuthServiceApplication.class, "--server.port=0");
        try {
            Passwords passwords = app.getBean(Passwords.class);
            String password = "correct horse battery staple";
            for (int i = 0; i < 10; i++) {
                passwords.matches(password, passwords.hash(password));
            }
            long[] hash = new long[iterations];
            long[] verify = new long[iterations];
            String stored = passwords.hash(password);
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                passwords.hash(password);
                long t1 = System.nanoTime();
                passwords.matches(password, stored);
                long t2 = System.nanoTime();
                hash[i] = t1 - t0;
                verify[i] = t2 - t1;
            }
            report("argon2id hash  ", hash);
            report("argon2id verify", verify);

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            String username = "bench_" + UUID.randomUUID().toString().substring(0, 8);
            String register = "{\"username\":\"" + username + "\",\"email\":\"" + username
                    + "@example.com\",\"password\":\"" + password + "\"}";
            send(http, port, "/api/v1/auth/register", register, "10.9.9.9");
            String login = "{\"login\":\"" + username + "\",\"password\":\"" + password + "\"}";
            long[] logins = new long[Math.min(iterations, 15)];
            for (int i = 0; i < logins.length; i++) {
                long t0 = System.nanoTime();
                int status = send(http, port, "/api/v1/auth/login", login, "10.8." + i + ".1");
                logins[i] = System.nanoTime() - t0;
                if (status != 200) {
                    throw new IllegalStateException("login answered " + status);
                }
            }
            report("HTTP login     ", logins);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private static int send(HttpClient http, int port, String path, String json, String ip) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("X-Forwarded-For", ip)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        System.out.printf("RESULT %s n=%d mean=%.1f ms median=%.1f ms min=%.1f ms max=%.1f ms%n", what, sorted.length,
                mean, sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private PasswordHashCost() {
    }
}
