package com.xcord.devstack.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleModulesTests {

    @TempDir
    Path root;

    private final Instant longAgo = Instant.parse("2025-01-01T00:00:00Z");
    private final Instant built = Instant.parse("2025-06-01T00:00:00Z");
    private final Instant later = Instant.parse("2025-07-01T00:00:00Z");

    @BeforeEach
    void reactor() throws IOException {
        write("pom.xml", "<project><version>0.1.0-SNAPSHOT</version><packaging>pom</packaging>"
                + "<modules><module>lib</module><module>app</module><module>other</module></modules></project>", longAgo);
        write("lib/pom.xml", "<project><parent><version>0.1.0-SNAPSHOT</version></parent><artifactId>lib</artifactId></project>", longAgo);
        write("lib/src/main/java/Lib.java", "class Lib {}", longAgo);
        write("app/pom.xml", "<project><artifactId>app</artifactId>"
                + "<dependencies><dependency><groupId>com.xcord</groupId><artifactId>lib</artifactId></dependency>"
                + "<dependency><groupId>org.example</groupId><artifactId>other</artifactId></dependency></dependencies>"
                + "<build><finalName>app</finalName></build></project>", longAgo);
        write("app/src/main/java/App.java", "class App {}", longAgo);
        write("other/pom.xml", "<project><artifactId>other</artifactId><build><finalName>other</finalName></build></project>", longAgo);
        write("other/src/main/java/Other.java", "class Other {}", longAgo);
    }

    @Test
    void everythingIsStaleWhenNothingIsBuilt() {
        assertThat(stale()).containsExactly("lib", "app", "other");
    }

    @Test
    void nothingIsStaleRightAfterABuild() throws IOException {
        buildAll();
        assertThat(stale()).isEmpty();
    }

    @Test
    void aChangedSourceMakesItsModuleStale() throws IOException {
        buildAll();
        touch("other/src/main/java/Other.java", later);
        assertThat(stale()).containsExactly("other");
    }

    @Test
    void aChangedTestOrResourceCountsToo() throws IOException {
        buildAll();
        write("app/src/test/resources/x.yml", "a: b", later);
        assertThat(stale()).containsExactly("app");
    }

    @Test
    void aStaleDependencyMakesItsDependentsStale() throws IOException {
        buildAll();
        touch("lib/src/main/java/Lib.java", later);
        // "other" depends on an artifact named other, but not of com.xcord: no link
        assertThat(stale()).containsExactly("lib", "app");
    }

    @Test
    void aChangedPomMakesItsModuleStaleAndTheRootPomEveryModule() throws IOException {
        buildAll();
        touch("app/pom.xml", later);
        assertThat(stale()).containsExactly("app");
        touch("pom.xml", later);
        assertThat(stale()).containsExactly("lib", "app", "other");
    }

    @Test
    void aMissingArtifactIsStale() throws IOException {
        buildAll();
        Files.delete(root.resolve("other/target/other.jar"));
        assertThat(stale()).containsExactly("other");
    }

    @Test
    void theArtifactIsFinalNameDotJarOrArtifactIdDashParentVersion() throws IOException {
        write("lib/target/lib.jar", "jar", built);
        write("app/target/app-0.1.0-SNAPSHOT.jar", "jar", built);
        write("other/target/other.jar", "jar", built);
        assertThat(stale()).containsExactly("lib", "app");
    }

    @Test
    void theStampCountsAsABuildWhenMavenLeftAnUnchangedJarAlone() throws IOException {
        buildAll();
        touch("other/src/main/java/Other.java", later);
        StaleModules.read(root).markBuilt(List.of("other"), later.plusSeconds(1));
        assertThat(stale()).isEmpty();
    }

    @Test
    void editorLeftoversAreIgnored() throws IOException {
        buildAll();
        write("app/src/main/java/.App.java.swp", "x", later);
        write("app/src/main/java/App.java~", "x", later);
        assertThat(stale()).isEmpty();
    }

    private List<String> stale() {
        return StaleModules.read(root).stale();
    }

    private void buildAll() throws IOException {
        write("lib/target/lib-0.1.0-SNAPSHOT.jar", "jar", built);
        write("app/target/app.jar", "jar", built);
        write("other/target/other.jar", "jar", built);
    }

    private void write(String path, String content, Instant modified) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        touch(path, modified);
    }

    private void touch(String path, Instant modified) throws IOException {
        Files.setLastModifiedTime(root.resolve(path), FileTime.from(modified));
    }
}
