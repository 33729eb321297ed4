package com.xcord.media.media;

import com.xcord.servicekit.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The media rows, as the other features (uploads, the video worker, the lifecycle jobs) change them: every state
 * change is stored with its event in one transaction.
 */
@Component
public class MediaCatalog {

    private final MediaRepository repository;
    private final MediaFacts facts;
    private final Clock clock;

    MediaCatalog(MediaRepository repository, MediaFacts facts, Clock clock) {
        this.repository = repository;
        this.facts = facts;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Stores a new or changed row; publishes media.ready when it became ready, media.failed when it failed. */
    @Transactional
    public Media save(Media media) {
        repository.save(media);
        if (media.status() == MediaStatus.READY) {
            facts.ready(media);
        } else if (media.status() == MediaStatus.FAILED) {
            facts.failed(media);
        }
        return media;
    }

    public Optional<Media> find(long id) {
        return repository.find(id);
    }

    /** The caller's media, or 404 (someone else's is as absent as an unknown id). */
    public Media owned(long id, long userId) {
        return repository.find(id).filter(m -> m.isOwnedBy(userId))
                .orElseThrow(() -> new NotFoundException("Unknown media"));
    }

    public long storageUsedBy(long ownerId) {
        return repository.storageUsedBy(ownerId);
    }

    /** Up to {@code limit} video/audio uploads for the worker, unclaimed or claimed before {@code staleBefore}. */
    @Transactional
    public List<Media> claimProcessing(int limit, Instant staleBefore) {
        return repository.claimProcessing(limit, staleBefore);
    }

    /** Stores the worker's result unless the upload was deleted meanwhile. */
    @Transactional
    public boolean finishProcessing(Media result) {
        Optional<Media> current = repository.lock(result.id());
        if (current.isEmpty() || current.get().status() != MediaStatus.PROCESSING) {
            return false;
        }
        save(result);
        return true;
    }

    public List<Media> orphans(Instant cutoff, Instant pendingCutoff, int limit) {
        return repository.orphans(cutoff, pendingCutoff, limit);
    }

    public boolean exists(long id) {
        return repository.exists(id);
    }

    public boolean inUse(long id) {
        return repository.inUse(id);
    }

    /** Removes the row (its objects are already gone) and publishes media.deleted for what had been announced. */
    @Transactional
    public void forget(Media media) {
        repository.delete(media.id());
        if (media.status() == MediaStatus.READY) {
            facts.deleted(media, clock.instant());
        }
    }

    /**
     * The sweep's delete: removes the row (and publishes media.deleted) unless something started using it since it
     * was found; its objects are deleted after, by the caller (leftovers are the reconciler's).
     */
    @Transactional
    public boolean forgetIfUnused(Media media) {
        if (repository.lock(media.id()).isEmpty() || repository.inUse(media.id())) {
            return false;
        }
        forget(media);
        return true;
    }

    @Transactional
    public Media describe(Media media, String description, Float focusX, Float focusY) {
        Media changed = media.described(description, focusX, focusY, clock.instant());
        repository.save(changed);
        if (changed.status() == MediaStatus.READY) {
            facts.updated(changed);
        }
        return changed;
    }

    /** What {@code (kind, ref)} — a post, a message, a profile — uses now (from its service's events). */
    @Transactional
    public void usedBy(String kind, String ref, List<Long> mediaIds) {
        repository.replaceUsages(kind, ref, mediaIds, clock.instant());
    }
}
