package com.xcord.testkit.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * DESIGN §4, no secret in a log line, for a service's {@code NoSecretsInLogsTests} (with
 * {@code @ExtendWith(OutputCaptureExtension.class)}): {@link #verbose} turns the loggers an operator would turn up to
 * DEBUG — at run time, so the module keeps its one Spring context — the test remembers every secret its requests
 * carried or received, and {@link #assertNoneIn} searches the captured console for them. {@link #close} restores the
 * levels.
 */
public final class SecretsInLogs implements AutoCloseable {

    private static final String LAST_LINE = "no-secrets check: last line";
    /** An access token's parts (header, claims, signature) longer than this are secrets on their own. */
    private static final int RECOGNIZABLE_PART = 20;

    private final LoggingSystem logging = LoggingSystem.get(SecretsInLogs.class.getClassLoader());
    private final Map<String, LogLevel> configured = new LinkedHashMap<>();
    private final List<String> secrets = new ArrayList<>();

    private SecretsInLogs() {
    }

    public static SecretsInLogs verbose(String... loggers) {
        SecretsInLogs logs = new SecretsInLogs();
        for (String logger : loggers) {
            LoggerConfiguration configuration = logs.logging.getLoggerConfiguration(logger);
            logs.configured.put(logger, configuration == null ? null : configuration.getConfiguredLevel());
            logs.logging.setLogLevel(logger, LogLevel.DEBUG);
        }
        return logs;
    }

    /** A password, a refresh token, a stream key: must not appear. */
    public String secret(String secret) {
        secrets.add(secret);
        return secret;
    }

    /** An access token (or anything looking like one): neither it nor any recognizable part of it may appear. */
    public String token(String token) {
        secrets.add(token);
        Arrays.stream(token.split("\\.")).filter(part -> part.length() > RECOGNIZABLE_PART).forEach(secrets::add);
        return token;
    }

    public void assertNoneIn(CapturedOutput output) {
        LoggerFactory.getLogger(SecretsInLogs.class).debug(LAST_LINE);
        // while other threads log, the capture can briefly return an older copy (seen with the gateway): wait for our
        // own last line, which also proves the capture sees DEBUG lines
        await().untilAsserted(() -> assertThat(output.getAll()).as("the capture sees DEBUG lines").contains(LAST_LINE));
        String logged = output.getAll();
        assertThat(secrets).isNotEmpty().allSatisfy(secret -> assertThat(logged).as("log output").doesNotContain(secret));
    }

    @Override
    public void close() {
        configured.forEach(logging::setLogLevel);
    }
}
