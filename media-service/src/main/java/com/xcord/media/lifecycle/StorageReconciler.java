package com.xcord.media.lifecycle;

import com.xcord.media.MediaProperties;
import com.xcord.media.media.MediaCatalog;
import com.xcord.media.storage.ObjectStorage;
import com.xcord.media.storage.StoredObject;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lists the bucket and deletes objects whose media row does not exist — what a crash between storing and committing,
 * or an outage during a delete, leaves behind. Objects younger than {@code reconcile-grace} are left alone: an upload
 * in flight writes its objects before its row.
 */
@Component
public class StorageReconciler {

    private static final Logger log = LoggerFactory.getLogger(StorageReconciler.class);

    private final ObjectStorage storage;
    private final MediaCatalog catalog;
    private final MediaProperties.Lifecycle settings;
    private final MeterRegistry meters;

    StorageReconciler(ObjectStorage storage, MediaCatalog catalog, MediaProperties properties, MeterRegistry meters) {
        this.storage = storage;
        this.catalog = catalog;
        this.settings = properties.lifecycle();
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${xcord.media.lifecycle.reconcile-interval:1h}", initialDelayString = "${xcord.media.lifecycle.reconcile-interval:1h}")
    void scheduled() {
        try {
            reconcile(catalog.now());
        } catch (RuntimeException e) {
            log.warn("storage reconciliation failed: {}", e.getMessage());
        }
    }

    /** One pass as of {@code now}; returns the keys deleted. */
    public List<String> reconcile(Instant now) {
        Instant before = now.minus(settings.reconcileGrace());
        List<String> strays = new ArrayList<>();
        for (StoredObject object : storage.listAll()) {
            Optional<Long> id = ObjectStorage.mediaIdOf(object.key());
            boolean old = object.lastModified() == null || object.lastModified().isBefore(before);
            if (old && (id.isEmpty() || !catalog.exists(id.get()))) {
                strays.add(object.key());
            }
        }
        for (int i = 0; i < strays.size(); i += 500) {
            storage.delete(strays.subList(i, Math.min(strays.size(), i + 500)));
        }
        meters.counter("xcord.media.reconciler.deleted").increment(strays.size());
        if (!strays.isEmpty()) {
            log.info("reconciler deleted {} objects without a media row", strays.size());
        }
        return strays;
    }
}
