package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogPrefixerTests {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

    @Test
    void padsEveryNameToTheSameWidth() {
        LogPrefixer prefixer = new LogPrefixer(out, 20, false);
        assertThat(prefixer.format("auth-service", "Started")).isEqualTo("auth-service         | Started");
        assertThat(prefixer.format("devstack", "up")).isEqualTo("devstack             | up");
        assertThat(prefixer.prefix("notification-service")).hasSameSizeAs(prefixer.prefix("gateway"));
    }

    @Test
    void coloursOnlyWhenAsked() {
        assertThat(new LogPrefixer(out, 12, true).prefix("auth-service")).startsWith("\u001b[").endsWith("\u001b[0m");
        assertThat(new LogPrefixer(out, 12, false).prefix("auth-service")).doesNotContain("\u001b");
    }

    @Test
    void knownServicesGetDistinctColours() {
        LogPrefixer prefixer = new LogPrefixer(out, 20, true);
        long distinct = ServiceCatalog.KNOWN.stream().map(s -> prefixer.prefix(s.name()).substring(0, 8)).distinct().count();
        assertThat(distinct).isEqualTo(ServiceCatalog.KNOWN.size());
    }

    @Test
    void pumpsEveryLineOfAStreamWithThePrefixAndRemembersTheLastOnes() throws InterruptedException {
        LogPrefixer prefixer = new LogPrefixer(out, 8, false);
        RecentLines recent = new RecentLines(2);
        String output = "one\ntwo\r\nthree – ünïcode\nlast line without newline";
        prefixer.pump("feed", new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)), recent).join(5000);

        assertThat(console.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "feed     | one", "feed     | two", "feed     | three – ünïcode", "feed     | last line without newline");
        assertThat(recent.snapshot()).containsExactly("three – ünïcode", "last line without newline");
    }

    @Test
    void linesFromManyThreadsNeverInterleave() throws InterruptedException {
        LogPrefixer prefixer = new LogPrefixer(out, 4, false);
        List<Thread> pumps = List.of("a", "b", "c", "d").stream()
                .map(name -> prefixer.pump(name, new ByteArrayInputStream(("x".repeat(500) + "\n").repeat(200).getBytes(StandardCharsets.UTF_8)), new RecentLines(1)))
                .toList();
        for (Thread pump : pumps) {
            pump.join(5000);
        }
        assertThat(console.toString(StandardCharsets.UTF_8).lines())
                .hasSize(800)
                .allMatch(line -> line.matches("[abcd]    \\| x{500}"));
    }
}
