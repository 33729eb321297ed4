package com.xcord.loadtest.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import com.xcord.loadtest.realtime.LocalTokenIssuer;
import org.HdrHistogram.Histogram;

/**
 * Media uploads against a running media-service (DESIGN §9: a 2 MB JPEG → ready with variants and BlurHash p99 ≤
 * 500 ms; ≥ 20 uploads/s on 2 cores; heap bounded by the pixel limit, not the file size). Needs
 * {@code ./xcord up --only auth-service,media-service} with raised limits (media-service/README.md "Benchmark"):
 * registers {@code users} accounts at auth-service, then
 * <ol>
 *   <li>an open-model phase: multipart {@code POST /api/v1/media/upload} of a 2 MB JPEG at {@code rate} per second
 *   for {@code seconds} (the schedule never waits for a response), each answered 201 only once stored, processed and
 *   its BlurHash computed — the latency is upload → ready;</li>
 *   <li>a saturation phase: {@code concurrency} uploads in flight for {@code saturationSeconds}, the throughput the
 *   service sustains;</li>
 * </ol>
 * sampling media-service's heap ({@code jvm_memory_used_bytes{area="heap"}}) every 250 ms throughout.
 * <pre>
 * ./mvnw -q -Ploadtest -pl loadtest test-compile exec:java -Dexec.mainClass=com.xcord.loadtest.media.MediaUploadBench \
 *     -Drate=20 -Dseconds=60
 * </pre>
 * Without auth-service ({@code ./xcord up --only media-service}): {@code -DlocalTokens=true} mints tokens with the
 * benchmark's own key and serves its JWKS on {@code issuerPort} (18099); start the launcher with
 * {@code JAVA_TOOL_OPTIONS=-Dxcord.security.jwks-uri=http://localhost:18099/jwks} (a system property wins over the
 * launcher's environment).
 * Further properties: {@code users} (8), {@code warmupSeconds} (15), {@code concurrency} (8),
 * {@code saturationSeconds} (30), {@code mediaUrl} (http://localhost:8089), {@code authUrl} (http://localhost:8081).
 */
public final class MediaUploadBench {

    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+]+)", Pattern.MULTILINE);
    private static final Pattern HEAP_MAX = Pattern.compile("^jvm_memory_max_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+]+)", Pattern.MULTILINE);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(16)).build();
    private final String mediaUrl = System.getProperty("mediaUrl", "http://localhost:8089");
    private final String authUrl = System.getProperty("authUrl", "http://localhost:8081");
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private volatile double peakHeap;
    private volatile double heapMax;

    public static void main(String[] args) throws Exception {
        new MediaUploadBench().run();
        System.exit(0);
    }

    private void run() throws Exception {
        int rate = Integer.getInteger("rate", 20);
        int seconds = Integer.getInteger("seconds", 60);
        int warmup = Integer.getInteger("warmupSeconds", 15);
        int concurrency = Integer.getInteger("concurrency", 8);
        int saturationSeconds = Integer.getInteger("saturationSeconds", 30);
        byte[] jpeg = twoMegabyteJpeg();
        byte[] body = multipartBody(jpeg);
        int users = Integer.getInteger("users", 8);
        LocalTokenIssuer issuer = Boolean.getBoolean("localTokens") ? LocalTokenIssuer.serve(Integer.getInteger("issuerPort", LocalTokenIssuer.DEFAULT_PORT)) : null;
        List<String> tokens = issuer != null ? localTokens(issuer, users) : register(users);
        System.out.printf(Locale.ROOT, "JPEG %d bytes (%.2f MB), %d users%n", jpeg.length, jpeg.length / 1e6, tokens.size());

        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(this::sampleHeap, 0, 250, TimeUnit.MILLISECONDS);
        try {
            openModel(body, tokens, rate, warmup, false);
            peakHeap = 0;
            Histogram latencies = openModel(body, tokens, rate, seconds, true);
            report("open model, " + rate + "/s for " + seconds + " s: upload → ready (201)", latencies, seconds);
            Histogram saturated = closedModel(body, tokens, concurrency, saturationSeconds);
            report("saturation, " + concurrency + " in flight for " + saturationSeconds + " s", saturated, saturationSeconds);
        } finally {
            sampler.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "media-service heap: peak used %.0f MB of max %.0f MB%n", peakHeap / 1e6, heapMax / 1e6);
        System.out.println("failures: " + failures);
    }

    private Histogram openModel(byte[] body, List<String> tokens, int rate, int seconds, boolean measured) throws Exception {
        Histogram histogram = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        int total = rate * seconds;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String token = tokens.get(i % tokens.size());
            long sent = System.nanoTime();
            inFlight.add(upload(body, token).thenAccept(status -> {
                if (status == 201) {
                    synchronized (histogram) {
                        histogram.recordValue(System.nanoTime() - sent);
                    }
                } else {
                    failures.computeIfAbsent("HTTP " + status, k -> new AtomicLong()).incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        if (!measured) {
            failures.clear();
        }
        return histogram;
    }

    private Histogram closedModel(byte[] body, List<String> tokens, int concurrency, int seconds) throws Exception {
        Histogram histogram = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger next = new AtomicInteger();
        List<CompletableFuture<?>> workers = new ArrayList<>();
        var threads = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            workers.add(CompletableFuture.runAsync(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    int status = upload(body, tokens.get(next.getAndIncrement() % tokens.size())).join();
                    if (status == -1) {
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));  // no busy loop on a refused connection
                    }
                    if (status == 201) {
                        synchronized (histogram) {
                            histogram.recordValue(System.nanoTime() - sent);
                        }
                    } else {
                        failures.computeIfAbsent("HTTP " + status, k -> new AtomicLong()).incrementAndGet();
                    }
                }
            }, threads));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(seconds + 120L, TimeUnit.SECONDS);
        threads.shutdown();
        return histogram;
    }

    private static final String BOUNDARY = "xcord-media-bench-boundary";

    /** The multipart body of one upload, built once: every request sends the same bytes. */
    static byte[] multipartBody(byte[] jpeg) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(jpeg.length + 512);
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(jpeg);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private CompletableFuture<Integer> upload(byte[] body, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mediaUrl + "/api/v1/media/upload"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode)
                .exceptionally(e -> {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    failures.computeIfAbsent(cause.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                    return -1;
                });
    }

    /** Without auth-service: tokens of the benchmark's own issuer (media-service started with its JWKS, see README). */
    private static List<String> localTokens(LocalTokenIssuer issuer, int users) {
        List<String> tokens = new ArrayList<>();
        long base = System.currentTimeMillis() * 1000;
        for (int i = 0; i < users; i++) {
            tokens.add(issuer.token(Long.toString(base + i)));
        }
        return tokens;
    }

    private List<String> register(int users) throws IOException, InterruptedException {
        List<String> tokens = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < users; i++) {
            String name = "mb" + run + "_" + i;
            String json = "{\"username\":\"" + name + "\",\"email\":\"" + name + "@bench.local\",\"password\":\"bench-password-1\"}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(authUrl + "/api/v1/auth/register"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("register answered " + response.statusCode() + ": " + response.body());
            }
            Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (!token.find()) {
                throw new IllegalStateException("no access token in " + response.body());
            }
            tokens.add(token.group(1));
        }
        return tokens;
    }

    private void sampleHeap() {
        try {
            String text = http.send(HttpRequest.newBuilder(URI.create(mediaUrl + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            peakHeap = Math.max(peakHeap, sum(HEAP, text));
            heapMax = sum(HEAP_MAX, text);
        } catch (IOException e) {
            // a missed sample
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double sum(Pattern pattern, String text) {
        double total = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            if (v > 0) {
                total += v;
            }
        }
        return total;
    }

    private static void report(String title, Histogram h, int seconds) {
        System.out.printf(Locale.ROOT, "%s%n  %d ok (%.1f/s)  p50 %.0f ms  p99 %.0f ms  p99.9 %.0f ms  max %.0f ms%n", title,
                h.getTotalCount(), h.getTotalCount() / (double) seconds, ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** A 2 MB photo-like JPEG (3000 × 2000, noise over gradients: it does not compress away). */
    static byte[] twoMegabyteJpeg() {
        BufferedImage image = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(20, 60, 160), 3000, 2000, new Color(230, 190, 60)));
        g.fillRect(0, 0, 3000, 2000);
        g.dispose();
        Random random = new Random(1);
        for (int y = 0; y < 2000; y++) {
            for (int x = 0; x < 3000; x++) {
                int rgb = image.getRGB(x, y);
                int n = random.nextInt(24) - 12;
                int r = clamp(((rgb >> 16) & 0xff) + n);
                int gr = clamp(((rgb >> 8) & 0xff) + n);
                int b = clamp((rgb & 0xff) + n);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        byte[] best = encode(image, 0.5f);
        for (float quality = 0.98f; quality > 0.5f; quality -= 0.02f) {
            byte[] bytes = encode(image, quality);
            if (bytes.length <= 2_100_000) {
                return bytes;  // the largest at most 2.1 MB: a 2 MB photo
            }
        }
        return best;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] encode(BufferedImage image, float quality) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
