package com.xcord.media.upload;

import com.xcord.media.MediaProperties;
import com.xcord.media.inspect.MediaKind;
import com.xcord.media.media.MediaCatalog;
import com.xcord.servicekit.web.ApiException;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.TooManyRequestsException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What one upload and one user may do: the size limits by kind and purpose (413), the pixel limit (413, read from
 * the header before decoding), the storage quota (413) and the upload rate (429, counted in Redis per minute so
 * replicas share it; Redis being down lets uploads through rather than refusing everyone).
 */
@Component
class UploadPolicy {

    private static final Logger log = LoggerFactory.getLogger(UploadPolicy.class);

    private final MediaProperties.Limits limits;
    private final MediaProperties.Quota quota;
    private final MediaCatalog catalog;
    private final StringRedisTemplate redis;

    UploadPolicy(MediaProperties properties, MediaCatalog catalog, StringRedisTemplate redis) {
        this.limits = properties.limits();
        this.quota = properties.quota();
        this.catalog = catalog;
        this.redis = redis;
    }

    /** Counts one upload of the user this minute; 429 past {@code uploadsPerMinute}. */
    void countUpload(long userId) {
        Instant now = catalog.now();
        long minute = now.getEpochSecond() / 60;
        String key = "media:uploads:" + userId + ":" + minute;
        Long count;
        try {
            count = redis.opsForValue().increment(key);
            if (count != null && count == 1) {
                redis.expire(key, Duration.ofMinutes(2));
            }
        } catch (RuntimeException e) {
            log.warn("upload rate not counted (Redis unavailable): {}", e.getMessage());
            return;
        }
        if (count != null && count > quota.uploadsPerMinute()) {
            throw new TooManyRequestsException("Too many uploads; at most " + quota.uploadsPerMinute() + " a minute",
                    Duration.ofSeconds(60 - now.getEpochSecond() % 60));
        }
    }

    /** 413 when {@code size} bytes are over the limit of this kind and purpose. */
    void checkSize(MediaKind kind, Purpose purpose, long size) {
        DataSize limit = limitOf(kind, purpose);
        if (size > limit.toBytes()) {
            throw tooLarge("A " + (purpose == Purpose.ATTACHMENT ? kind.apiName() : purpose.apiName()) + " may be at most "
                    + megabytes(limit) + " MB; this one is " + megabytes(DataSize.ofBytes(size)) + " MB");
        }
    }

    void checkPurpose(MediaKind kind, Purpose purpose) {
        if (purpose.imageOnly() && kind != MediaKind.IMAGE) {
            throw BadRequestException.field("purpose", "an " + purpose.apiName() + " must be an image");
        }
    }

    /** 413 when an image's header declares more pixels than allowed: refused before a single pixel is decoded. */
    void checkPixels(int width, int height) {
        long pixels = (long) width * height;
        if (pixels > limits.imagePixels() || width <= 0 || height <= 0) {
            throw tooLarge("The image is " + width + "×" + height + " pixels; at most " + limits.imagePixels() / 1_000_000
                    + " megapixels are accepted");
        }
    }

    /** 413 when the user's stored media plus {@code size} would exceed the quota. */
    void checkQuota(long userId, long size) {
        long used = catalog.storageUsedBy(userId);
        if (used + size > quota.storage().toBytes()) {
            throw tooLarge("Storage quota exceeded: " + megabytes(DataSize.ofBytes(used)) + " of "
                    + megabytes(quota.storage()) + " MB used");
        }
    }

    long largestLimit() {
        return Math.max(Math.max(limits.image().toBytes(), limits.video().toBytes()),
                Math.max(limits.audio().toBytes(), limits.file().toBytes()));
    }

    private DataSize limitOf(MediaKind kind, Purpose purpose) {
        if (purpose != Purpose.ATTACHMENT) {
            return limits.avatar();
        }
        return switch (kind) {
            case IMAGE -> limits.image();
            case VIDEO -> limits.video();
            case AUDIO -> limits.audio();
            case FILE -> limits.file();
        };
    }

    private static String megabytes(DataSize size) {
        return String.format(java.util.Locale.ROOT, "%.1f", size.toBytes() / 1024.0 / 1024.0);
    }

    private static ApiException tooLarge(String detail) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, detail);
    }
}
