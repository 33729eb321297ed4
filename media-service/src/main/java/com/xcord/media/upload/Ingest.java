package com.xcord.media.upload;

import com.xcord.media.image.ImageHeader;
import com.xcord.media.image.ImageProcessor;
import com.xcord.media.image.ImageRefusedException;
import com.xcord.media.image.ProcessedImage;
import com.xcord.media.inspect.ContentSniffer.Sniffed;
import com.xcord.media.inspect.MediaKind;
import com.xcord.media.media.Media;
import com.xcord.media.media.MediaCatalog;
import com.xcord.media.media.MediaStatus;
import com.xcord.media.media.Variant;
import com.xcord.media.storage.ObjectStorage;
import com.xcord.media.video.MediaTools;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * From a sniffed file on local disk to stored objects and a row — the same for a multipart upload and a completed
 * presigned one. Objects are written first and the row last, in one transaction with its event: a failure on the way
 * (storage down, database down) deletes what was written and leaves no row, so nothing is ever half-stored.
 */
@Component
class Ingest {

    static final String PLAIN_FILE_REASON = "video/audio processing unavailable (ffprobe/ffmpeg not installed): stored as a plain file";

    private final ImageProcessor images;
    private final ObjectStorage storage;
    private final MediaCatalog catalog;
    private final UploadPolicy policy;
    private final MediaTools tools;
    private final MeterRegistry meters;

    Ingest(ImageProcessor images, ObjectStorage storage, MediaCatalog catalog, UploadPolicy policy, MediaTools tools,
            MeterRegistry meters) {
        this.images = images;
        this.storage = storage;
        this.catalog = catalog;
        this.policy = policy;
        this.tools = tools;
        this.meters = meters;
    }

    /** What is known of an upload before its bytes are examined. */
    record Upload(long id, long ownerId, Purpose purpose, String filename, String description, Instant createdAt) {
    }

    Media store(Upload upload, Path file, Sniffed sniffed, long size) {
        Timer.Sample sample = Timer.start(meters);
        Media media = switch (sniffed.kind()) {
            case IMAGE -> image(upload, file, sniffed, size);
            case VIDEO, AUDIO -> timed(upload, file, sniffed, size);
            case FILE -> plain(upload, file, sniffed, size, MediaKind.FILE.apiName(), null);
        };
        sample.stop(meters.timer("xcord.media.ingest", "kind", sniffed.kind().apiName()));
        meters.counter("xcord.media.uploads", "kind", media.kind(), "status", media.status().apiName()).increment();
        return media;
    }

    private Media image(Upload upload, Path file, Sniffed sniffed, long size) {
        ImageHeader header;
        ProcessedImage processed;
        try {
            header = images.header(file);
            policy.checkPixels(header.width(), header.height());
            processed = images.process(file, header);
        } catch (ImageRefusedException e) {
            catalog.save(Media.failed(upload.id(), upload.ownerId(), upload.purpose().apiName(), MediaKind.IMAGE.apiName(),
                    sniffed.contentType(), size, upload.filename(), e.getMessage(), upload.createdAt(), catalog.now()));
            meters.counter("xcord.media.uploads", "kind", "image", "status", "failed").increment();
            throw new UploadFailedException(e.getMessage(), upload.id());
        }
        List<Variant> variants = new ArrayList<>();
        List<String> written = new ArrayList<>();
        try {
            for (ProcessedImage.EncodedVariant v : processed.variants()) {
                String key = ObjectStorage.key(upload.id(), v.name());
                storage.put(key, v.bytes(), v.contentType());
                written.add(key);
                variants.add(new Variant(v.name(), v.contentType(), v.width(), v.height()));
            }
            return catalog.save(Media.stored(upload.id(), upload.ownerId(), upload.purpose().apiName(),
                    MediaKind.IMAGE.apiName(), MediaStatus.READY, null, sniffed.contentType(), size, upload.filename(),
                    processed.width(), processed.height(), processed.blurhash(), upload.description(), variants,
                    upload.createdAt(), catalog.now()));
        } catch (RuntimeException e) {
            storage.deleteQuietly(written);
            throw e;
        }
    }

    /** Video and audio: stored as uploaded, then the worker probes them and makes the poster. */
    private Media timed(Upload upload, Path file, Sniffed sniffed, long size) {
        if (!tools.available()) {
            return plain(upload, file, sniffed, size, MediaKind.FILE.apiName(), PLAIN_FILE_REASON);
        }
        String key = ObjectStorage.key(upload.id(), Variant.ORIGINAL);
        storage.put(key, file, sniffed.contentType());
        try {
            return catalog.save(Media.stored(upload.id(), upload.ownerId(), upload.purpose().apiName(),
                    sniffed.kind().apiName(), MediaStatus.PROCESSING, null, sniffed.contentType(), size, upload.filename(),
                    null, null, null, upload.description(),
                    List.of(new Variant(Variant.ORIGINAL, sniffed.contentType(), null, null)), upload.createdAt(), catalog.now()));
        } catch (RuntimeException e) {
            storage.deleteQuietly(List.of(key));
            throw e;
        }
    }

    private Media plain(Upload upload, Path file, Sniffed sniffed, long size, String kind, String reason) {
        String key = ObjectStorage.key(upload.id(), Variant.ORIGINAL);
        storage.put(key, file, sniffed.contentType());
        try {
            return catalog.save(Media.stored(upload.id(), upload.ownerId(), upload.purpose().apiName(), kind,
                    MediaStatus.READY, reason, sniffed.contentType(), size, upload.filename(), null, null, null,
                    upload.description(), List.of(new Variant(Variant.ORIGINAL, sniffed.contentType(), null, null)),
                    upload.createdAt(), catalog.now()));
        } catch (RuntimeException e) {
            storage.deleteQuietly(List.of(key));
            throw e;
        }
    }
}
