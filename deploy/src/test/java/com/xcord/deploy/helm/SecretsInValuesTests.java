package com.xcord.deploy.helm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No password, key or token is written in a values file: a field that sounds like one holds nothing, or names a
 * Secret ({@code existingSecret}, {@code secretName}, {@code pullSecrets}) or a key inside one ({@code passwordKey}).
 */
class SecretsInValuesTests {

    private static final Pattern SENSITIVE = Pattern.compile("(?i).*(password|passwd|secret|token|credential|private.?key|api.?key|access.?key|signing.?key|_key$).*");
    /** camelCase "…Key" is the name of a key inside a Secret; an env var's _KEY is not. */
    private static final Pattern REFERENCE = Pattern.compile("(existingSecret|secretName|pullSecrets|[a-z]Key)$");

    static Stream<Path> valuesFiles() {
        return Stream.of(Chart.VALUES, Chart.PRODUCTION_VALUES);
    }

    @ParameterizedTest
    @MethodSource("valuesFiles")
    void noSecretValueIsInline(Path file) {
        assertThat(literalSecrets(FleetValues.read(file), "")).as("secret-looking fields holding literals in %s", file).isEmpty();
    }

    @Test
    void theScanFindsAnInlinePasswordAnywhere() {
        Map<String, Object> values = Map.of(
                "global", Map.of("redis", Map.of("password", "hunter2", "existingSecret", "redis", "passwordKey", "password")),
                "services", Map.of("auth", Map.of(
                        "env", Map.of("XCORD_AUTH_KEYS_ENCRYPTION_SECRET", "abc", "XCORD_API_KEY", "k", "PLAIN", "x"),
                        "signingKey", Map.of("existingSecret", "", "key", "encryption-secret"))));

        assertThat(literalSecrets(values, "")).containsExactlyInAnyOrder(
                "global.redis.password", "services.auth.env.XCORD_AUTH_KEYS_ENCRYPTION_SECRET", "services.auth.env.XCORD_API_KEY");
    }

    private static List<String> literalSecrets(Map<?, ?> values, String path) {
        List<String> found = new ArrayList<>();
        values.forEach((key, value) -> {
            String field = path.isEmpty() ? key.toString() : path + "." + key;
            if (value instanceof Map<?, ?> nested) {
                found.addAll(literalSecrets(nested, field));
            } else if (SENSITIVE.matcher(key.toString()).matches() && !REFERENCE.matcher(key.toString()).find()
                    && value != null && !value.toString().isEmpty()) {
                found.add(field);
            }
        });
        return found;
    }
}
