package com.xcord.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.deploy.guard.Repository;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Secrets come from .env, which is never committed; .env.example documents every variable with a local default. */
class ComposeSecretsTests {

    /** Names that hold a secret. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE|_KEY$|ACCESS_KEY).*");
    /** A secret's value: a variable that must be set, with no default that would be an inline secret. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{[A-Z_][A-Z0-9_]*:?\\?[^}]*}");
    private static final String LOCAL_ONLY = "local-only";

    private final ComposeFile compose = ComposeFile.load();

    @Test
    void everySecretComesFromARequiredVariable() {
        for (String service : compose.serviceNames()) {
            compose.environment(service).forEach((name, value) -> {
                if (SECRET_NAME.matcher(name).matches()) {
                    assertThat(value).as("%s's %s: a secret comes from .env as ${NAME:?message}, never inline", service, name)
                            .matches(REQUIRED_VARIABLE);
                }
            });
        }
    }

    @Test
    void everyVariableTheFileUsesHasAValueInEnvExampleAndNoneIsStale() {
        Set<String> used = new TreeSet<>();
        Matcher variable = EnvExample.VARIABLE.matcher(compose.text());
        while (variable.find()) {
            used.add(variable.group(1));
        }
        Map<String, String> documented = EnvExample.values();
        assertThat(documented.keySet()).as("variables of .env.example vs. those docker-compose.yml uses").isEqualTo(used);
        documented.forEach((name, value) -> assertThat(value).as("%s in .env.example", name).isNotBlank());
    }

    @Test
    void theSecretsOfEnvExampleAreMarkedAsLocalDefaults() {
        EnvExample.values().forEach((name, value) -> {
            if (SECRET_NAME.matcher(name).matches()) {
                assertThat(value).as("%s in .env.example: a committed secret says it is for local use only", name).startsWith(LOCAL_ONLY);
            }
        });
    }

    @Test
    void theRealEnvFileIsIgnoredByGit() {
        Set<String> ignored = new TreeSet<>(Arrays.stream(Repository.read(".gitignore").split("\n")).map(String::trim).toList());
        assertThat(ignored).as(".gitignore").contains(".env");
    }
}
