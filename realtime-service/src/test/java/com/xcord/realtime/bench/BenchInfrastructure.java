package com.xcord.realtime.bench;

import com.xcord.testkit.TestInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For {@code bench/idle-sockets.sh}: starts the testkit's Kafka and Redis (embedded, no Docker needed),
 * writes where they are to the file given as argument, and runs until killed.
 */
public final class BenchInfrastructure {

    public static void main(String[] args) throws Exception {
        TestInfrastructure infra = TestInfrastructure.shared();
        String props = "kafka=" + infra.kafka().bootstrapServers() + "\nredisHost=" + infra.redis().host()
                + "\nredisPort=" + infra.redis().port() + "\n";
        Path out = Path.of(args[0]);
        Files.writeString(out.resolveSibling(out.getFileName() + ".tmp"), props);
        Files.move(out.resolveSibling(out.getFileName() + ".tmp"), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Thread.currentThread().join();
    }

    private BenchInfrastructure() {
    }
}
