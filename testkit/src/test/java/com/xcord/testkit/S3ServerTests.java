package com.xcord.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S3Mock's jar as a process: answers the S3 API, stops and restarts on its port, keeps a bucket made before. */
class S3ServerTests {

    @Test
    void servesTheS3ApiAndKeepsItsPortAndBucketsAcrossARestart(@TempDir Path data) throws Exception {
        try (S3Server server = S3Server.start(data, 0)) {
            HttpClient http = HttpClient.newHttpClient();
            // S3Mock takes any credentials, and unsigned requests too
            int created = http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/kept-bucket"))
                    .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(created).isEqualTo(200);

            server.stop();
            assertThat(Ports.isListening("127.0.0.1", server.port())).isFalse();
            server.restart();

            String buckets = http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(buckets).contains("kept-bucket");
            assertThat(Files.isDirectory(data.resolve("objects"))).isTrue();
        }
    }
}
