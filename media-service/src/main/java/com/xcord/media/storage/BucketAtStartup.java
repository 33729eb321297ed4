package com.xcord.media.storage;

import com.xcord.media.MediaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code xcord.media.storage.create-bucket}, makes sure the bucket exists once the service is up. A storage that
 * is down then only logs: uploads answer 503 until it is back, and the next start tries again.
 */
@Component
class BucketAtStartup {

    private static final Logger log = LoggerFactory.getLogger(BucketAtStartup.class);

    private final ObjectStorage storage;
    private final boolean enabled;

    BucketAtStartup(ObjectStorage storage, MediaProperties properties) {
        this.storage = storage;
        this.enabled = properties.storage().createBucket();
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        if (!enabled) {
            return;
        }
        try {
            storage.ensureBucket();
        } catch (StorageUnavailableException e) {
            log.warn("media storage unreachable at start-up; uploads answer 503 until it is back: {}",
                    e.getSuppressed().length > 0 ? e.getSuppressed()[0].getMessage() : e.getMessage());
        } catch (RuntimeException e) {
            // e.g. no right to create buckets: the operator provisions it; uploads will say what is wrong
            log.warn("could not make sure the media bucket exists: {}", e.getMessage());
        }
    }
}
