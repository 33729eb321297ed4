package com.xcord.dm.loadtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link BenchmarkServer} as a child JVM with this JVM's classpath and reads what it announces. */
final class ServerProcess implements AutoCloseable {

    final String baseUrl;
    final String userToken;
    final List<Long> conversationIds = new ArrayList<>();
    final List<String> partnerTokens = new ArrayList<>();
    private final Process process;

    ServerProcess(int conversations, int messages, String heap) {
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            process = new ProcessBuilder(java, "-Xms" + heap, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                    BenchmarkServer.class.getName(), Integer.toString(conversations), Integer.toString(messages))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String user = null;
            String url = null;
            String line;
            while (url == null && (line = out.readLine()) != null) {
                if (!line.startsWith(BenchmarkServer.PREFIX)) {
                    System.out.println("[dm-service] " + line);
                    continue;
                }
                String[] parts = line.substring(BenchmarkServer.PREFIX.length()).split(" ");
                switch (parts[0]) {
                    case "user" -> user = parts[1];
                    case "conversation" -> {
                        conversationIds.add(Long.parseLong(parts[1]));
                        partnerTokens.add(parts[2]);
                    }
                    case "ready" -> url = parts[1];
                    default -> throw new IllegalStateException("unexpected: " + line);
                }
            }
            if (url == null) {
                throw new IllegalStateException("the benchmark server exited before it was ready");
            }
            this.baseUrl = url;
            this.userToken = user;
            Thread relay = new Thread(() -> out.lines().forEach(l -> System.out.println("[dm-service] " + l)),
                    "dm-service-output");
            relay.setDaemon(true);
            relay.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroy();
        }
    }
}
