package com.xcord.media.lifecycle;

import com.xcord.media.MediaProperties;
import com.xcord.media.media.Media;
import com.xcord.media.media.MediaCatalog;
import com.xcord.media.media.MediaKeys;
import com.xcord.media.storage.ObjectStorage;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes media nothing uses: uploads never attached within {@code orphan-after} (24 h), media released by the
 * deletion of the last post or message using it, presigned uploads never completed, failed uploads. Row first (with
 * media.deleted), then the objects; objects a storage outage leaves behind are the reconciler's.
 */
@Component
public class OrphanSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);
    private static final int BATCH = 100;

    private final MediaCatalog catalog;
    private final ObjectStorage storage;
    private final MediaProperties.Lifecycle settings;
    private final MeterRegistry meters;

    OrphanSweep(MediaCatalog catalog, ObjectStorage storage, MediaProperties properties, MeterRegistry meters) {
        this.catalog = catalog;
        this.storage = storage;
        this.settings = properties.lifecycle();
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${xcord.media.lifecycle.sweep-interval:1m}", initialDelayString = "${xcord.media.lifecycle.sweep-interval:1m}")
    void scheduled() {
        try {
            sweep(catalog.now());
        } catch (RuntimeException e) {
            log.warn("orphan sweep stopped early: {}", e.getMessage());
        }
    }

    /** One pass as of {@code now}; returns how many media were deleted. */
    public int sweep(Instant now) {
        int deleted = 0;
        List<Media> batch;
        do {
            batch = catalog.orphans(now.minus(settings.orphanAfter()), now.minus(settings.pendingAfter()), BATCH);
            for (Media media : batch) {
                if (catalog.forgetIfUnused(media)) {
                    storage.deleteQuietly(MediaKeys.all(media));
                    deleted++;
                }
            }
        } while (batch.size() == BATCH);
        meters.counter("xcord.media.orphans.deleted").increment(deleted);
        if (deleted > 0) {
            log.info("orphan sweep deleted {} media", deleted);
        }
        return deleted;
    }
}
