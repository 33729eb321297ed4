package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTests {

    @TempDir
    Path dir;

    @Test
    void generatesOnceAndReusesAcrossRuns() {
        Path file = dir.resolve(".xcord/secrets.properties");
        Secrets first = Secrets.load(file);
        String auth = first.databasePassword("auth");
        String key = first.authKeysEncryptionSecret();

        Secrets second = Secrets.load(file);
        assertThat(second.databasePassword("auth")).isEqualTo(auth);
        assertThat(second.authKeysEncryptionSecret()).isEqualTo(key);
        assertThat(second.databasePassword("feed")).isNotEqualTo(auth);
        assertThat(Secrets.load(file).databasePassword("feed")).isEqualTo(second.databasePassword("feed"));
    }

    @Test
    void valuesAreLongRandomAndSafeInSqlAndEnvironment() {
        String value = Secrets.random256Bits();
        assertThat(value).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(Secrets.random256Bits());
    }

    @Test
    void onlyTheOwnerCanReadTheFile() throws IOException {
        Path file = dir.resolve("secrets.properties");
        Secrets.load(file).databasePassword("auth");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("db.password.auth=");
    }
}
