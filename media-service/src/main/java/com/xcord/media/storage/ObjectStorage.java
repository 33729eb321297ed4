package com.xcord.media.storage;

import com.xcord.media.MediaProperties;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The bucket, as the features use it: objects under {@code media/{id}/{name}}. Every call that fails because storage
 * is unreachable or answers 5xx throws {@link StorageUnavailableException} (a 503 problem).
 */
@Component
public class ObjectStorage {

    private static final Logger log = LoggerFactory.getLogger(ObjectStorage.class);
    static final String PREFIX = "media/";

    private final S3Client s3;
    private final S3Presigner presigner;
    private final MediaProperties.Storage settings;

    ObjectStorage(S3Client s3, S3Presigner presigner, MediaProperties properties) {
        this.s3 = s3;
        this.presigner = presigner;
        this.settings = properties.storage();
    }

    /** The key of one object of a media id: {@code media/{id}/{name}}. */
    public static String key(long mediaId, String name) {
        return PREFIX + mediaId + "/" + name;
    }

    /** The media id a key belongs to, if it is one of ours. */
    public static Optional<Long> mediaIdOf(String key) {
        if (!key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = key.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        try {
            return Optional.of(Long.parseLong(slash < 0 ? rest : rest.substring(0, slash)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void put(String key, Path file, String contentType) {
        call(() -> s3.putObject(b -> b.bucket(settings.bucket()).key(key).contentType(contentType), RequestBody.fromFile(file)));
    }

    public void put(String key, byte[] bytes, String contentType) {
        call(() -> s3.putObject(b -> b.bucket(settings.bucket()).key(key).contentType(contentType), RequestBody.fromBytes(bytes)));
    }

    public Optional<StoredObject> head(String key) {
        return call(() -> {
            try {
                HeadObjectResponse head = s3.headObject(b -> b.bucket(settings.bucket()).key(key));
                return Optional.of(new StoredObject(key, head.contentLength(), head.contentType(), head.lastModified()));
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /** The object's bytes; the caller closes the stream. */
    public InputStream open(String key) {
        return call(() -> s3.getObject(b -> b.bucket(settings.bucket()).key(key)));
    }

    public void download(String key, Path to) {
        call(() -> {
            java.nio.file.Files.deleteIfExists(to);
            return s3.getObject(b -> b.bucket(settings.bucket()).key(key), to);
        });
    }

    public void delete(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        call(() -> s3.deleteObjects(b -> b.bucket(settings.bucket()).delete(Delete.builder()
                .objects(keys.stream().map(k -> ObjectIdentifier.builder().key(k).build()).toList()).quiet(true).build())));
    }

    /** Deletes what it can and says nothing: cleaning up after a failure must not hide the failure. */
    public void deleteQuietly(List<String> keys) {
        try {
            delete(keys);
        } catch (RuntimeException e) {
            log.warn("could not delete {} (the reconciler will): {}", keys, e.getMessage());
        }
    }

    /** Every object of ours in the bucket, page by page. */
    public List<StoredObject> listAll() {
        return call(() -> {
            List<StoredObject> all = new ArrayList<>();
            s3.listObjectsV2Paginator(b -> b.bucket(settings.bucket()).prefix(PREFIX)).contents()
                    .forEach(o -> all.add(new StoredObject(o.key(), o.size(), null, o.lastModified())));
            return all;
        });
    }

    /** A GET URL signed for {@code ttl}, with the response's content type and disposition fixed by the signature. */
    public URI presignGet(String key, String contentType, String contentDisposition, Duration ttl) {
        return call(() -> URI.create(presigner.presignGetObject(p -> p.signatureDuration(ttl)
                .getObjectRequest(g -> g.bucket(settings.bucket()).key(key).responseContentType(contentType)
                        .responseContentDisposition(contentDisposition))).url().toString()));
    }

    /** A PUT URL signed for {@code ttl} with the content type and length the client must send. */
    public URI presignPut(String key, String contentType, long length, Duration ttl) {
        return call(() -> URI.create(presigner.presignPutObject(p -> p.signatureDuration(ttl)
                .putObjectRequest(r -> r.bucket(settings.bucket()).key(key).contentType(contentType).contentLength(length)))
                .url().toString()));
    }

    /** Creates the bucket if it is missing (development set-ups; production buckets are provisioned). */
    public void ensureBucket() {
        call(() -> {
            try {
                s3.headBucket(b -> b.bucket(settings.bucket()));
            } catch (NoSuchBucketException e) {
                s3.createBucket(b -> b.bucket(settings.bucket()));
                log.info("created bucket {}", settings.bucket());
            } catch (S3Exception e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
                s3.createBucket(b -> b.bucket(settings.bucket()));
                log.info("created bucket {}", settings.bucket());
            }
            return null;
        });
    }

    private interface StorageCall<T> {
        T run() throws Exception;
    }

    private static <T> T call(StorageCall<T> call) {
        try {
            return call.run();
        } catch (SdkClientException e) {
            throw new StorageUnavailableException(e);
        } catch (S3Exception e) {
            if (e.statusCode() >= 500 || e.statusCode() == 0) {
                throw new StorageUnavailableException(e);
            }
            throw e;
        } catch (SdkException e) {
            throw new StorageUnavailableException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StorageUnavailableException(e);
        }
    }

}
