package com.xcord.media.video;

import com.xcord.media.image.ImageProcessor;
import com.xcord.media.image.ImageRefusedException;
import com.xcord.media.image.ProcessedImage;
import com.xcord.media.media.Media;
import com.xcord.media.media.MediaCatalog;
import com.xcord.media.media.Variant;
import com.xcord.media.storage.ObjectStorage;
import com.xcord.media.storage.StorageUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes video and audio uploads in the background: ffprobe for duration and size, ffmpeg for a poster frame that
 * becomes the {@code small} image (with its BlurHash), then {@code processing} → {@code ready} (media.ready) or
 * {@code failed} (media.failed). Storage being down leaves the upload claimed; another round takes it up later.
 */
@Component
class VideoWorker {

    private static final Logger log = LoggerFactory.getLogger(VideoWorker.class);
    /** A claim older than this belongs to a worker that died: take the upload over. */
    private static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);

    private final MediaTools tools;
    private final MediaCatalog catalog;
    private final ObjectStorage storage;
    private final ImageProcessor images;
    private final MeterRegistry meters;

    VideoWorker(MediaTools tools, MediaCatalog catalog, ObjectStorage storage, ImageProcessor images, MeterRegistry meters) {
        this.tools = tools;
        this.catalog = catalog;
        this.storage = storage;
        this.images = images;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${xcord.media.video.interval:500ms}")
    void poll() {
        if (!tools.available()) {
            return;
        }
        for (Media media : catalog.claimProcessing(2, catalog.now().minus(CLAIM_TIMEOUT))) {
            process(media);
        }
    }

    void process(Media media) {
        Path video = null;
        Path poster = null;
        long started = System.nanoTime();
        try {
            video = Files.createTempFile("xcord-video-", ".bin");
            storage.download(ObjectStorage.key(media.id(), Variant.ORIGINAL), video);
            MediaTools.Probe probe = tools.probe(video);
            List<Variant> variants = new ArrayList<>();
            variants.add(new Variant(Variant.ORIGINAL, media.contentType(), probe.width(), probe.height()));
            String blurhash = null;
            if (probe.hasVideo()) {
                poster = Files.createTempFile("xcord-poster-", ".jpg");
                tools.poster(video, poster, probe.durationMs());
                ProcessedImage frame = images.poster(poster);
                ProcessedImage.EncodedVariant small = frame.variants().get(0);
                storage.put(ObjectStorage.key(media.id(), Variant.SMALL), small.bytes(), small.contentType());
                variants.add(new Variant(Variant.SMALL, small.contentType(), small.width(), small.height()));
                blurhash = frame.blurhash();
            }
            catalog.finishProcessing(media.processed(probe.width(), probe.height(), probe.durationMs(), blurhash, variants,
                    catalog.now()));
            meters.counter("xcord.media.uploads", "kind", media.kind(), "status", "ready").increment();
        } catch (StorageUnavailableException e) {
            log.warn("media {}: storage unavailable, processing later", media.id());
        } catch (IOException | ImageRefusedException e) {
            log.info("media {}: processing failed: {}", media.id(), e.getMessage());
            storage.deleteQuietly(List.of(ObjectStorage.key(media.id(), Variant.SMALL)));
            catalog.finishProcessing(media.failedProcessing("The file could not be processed: " + e.getMessage(), catalog.now()));
            meters.counter("xcord.media.uploads", "kind", media.kind(), "status", "failed").increment();
        } finally {
            meters.timer("xcord.media.video.processing").record(Duration.ofNanos(System.nanoTime() - started));
            deleteQuietly(video);
            deleteQuietly(poster);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // temp directory; the OS cleans up
            }
        }
    }
}
