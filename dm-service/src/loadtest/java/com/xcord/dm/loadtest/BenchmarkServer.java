package com.xcord.dm.loadtest;

import com.xcord.servicekit.test.TestTokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The service side of the benchmark, in its own JVM so that the load generator's threads and
 * garbage do not share its heap: starts {@link BenchmarkFleet}, then tells the parent (on
 * stdout) the base URL, the seeded conversations and a token per user, and runs until its
 * stdin closes.
 */
public final class BenchmarkServer {

    static final String PREFIX = "@@bench ";

    public static void main(String[] args) throws IOException {
        BenchmarkFleet fleet = BenchmarkFleet.start(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        StringBuilder out = new StringBuilder();
        out.append(PREFIX).append("user ").append(TestTokens.accessToken(BenchmarkFleet.USER)).append('\n');
        for (int i = 0; i < fleet.conversationIds.size(); i++) {
            out.append(PREFIX).append("conversation ").append(fleet.conversationIds.get(i)).append(' ')
                    .append(TestTokens.accessToken(fleet.partnerOf(i))).append('\n');
        }
        out.append(PREFIX).append("ready ").append(fleet.baseUrl).append('\n');
        System.out.print(out);
        System.out.flush();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            while (in.readLine() != null) {
                // the parent holds stdin open for as long as it needs the service
            }
        }
        fleet.close();
        System.exit(0);
    }

    private BenchmarkServer() {
    }
}
