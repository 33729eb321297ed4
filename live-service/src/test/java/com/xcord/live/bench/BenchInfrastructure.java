package com.xcord.live.bench;

import com.xcord.testkit.TestInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * For {@code bench/live-bench.sh}: starts the testkit's PostgreSQL, Kafka and Redis (embedded, no Docker needed), writes
 * where they are to the file given as argument, and runs until killed.
 */
public final class BenchInfrastructure {

    public static void main(String[] args) throws Exception {
        TestInfrastructure infra = TestInfrastructure.shared();
        TestInfrastructure.Postgres pg = infra.postgres();
        String props = "kafka=" + infra.kafka().bootstrapServers() + "\nredisHost=" + infra.redis().host()
                + "\nredisPort=" + infra.redis().port() + "\njdbcUrl=" + pg.jdbcUrl("live") + "\npgUser=" + pg.user()
                + "\npgPassword=" + pg.password() + "\n";
        Path out = Path.of(args[0]);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.writeString(tmp, props);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        Thread.currentThread().join();
    }

    private BenchInfrastructure() {
    }
}
