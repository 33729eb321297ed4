package com.xcord.deploy.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The checkout the tests run in (Surefire starts them in {@code deploy/}; an IDE may start them at the root). */
public final class Repository {

    private Repository() {
    }

    /** The nearest directory upwards holding {@code mvnw} and {@code deploy/pom.xml}. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("deploy").resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the XCORD checkout: " + Path.of("").toAbsolutePath());
    }

    public static Path file(String relativePath) {
        return root().resolve(relativePath);
    }

    public static String read(String relativePath) {
        try {
            return Files.readString(file(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A YAML parser for the repository's own files. docker-compose.yml shares its settings through anchors
     * ({@code <<: *app} and friends), one set per service: past ten services that is more than SnakeYAML's default
     * limit of 50 aliases (a guard against "billion laughs" in untrusted input, which these files are not).
     */
    public static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(1_000);
        return new Yaml(options);
    }
}
