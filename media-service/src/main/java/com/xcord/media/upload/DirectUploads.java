package com.xcord.media.upload;

import com.xcord.media.MediaProperties;
import com.xcord.media.inspect.ContentSniffer;
import com.xcord.media.inspect.ContentSniffer.Sniffed;
import com.xcord.media.inspect.MediaKind;
import com.xcord.media.media.Media;
import com.xcord.media.media.MediaCatalog;
import com.xcord.media.media.MediaKeys;
import com.xcord.media.media.MediaStatus;
import com.xcord.media.storage.ObjectStorage;
import com.xcord.media.storage.StoredObject;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.ApiException;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ConflictException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Large files straight to storage: a PUT URL signed with the declared type and length (valid {@code put-url-ttl}),
 * then {@code complete}, which checks that the object is there with the declared size and that its bytes are of the
 * declared kind, and ingests it like a multipart upload. The staging object ({@code media/{id}/upload}) is deleted.
 */
@Component
class DirectUploads {

    private final ContentSniffer sniffer;
    private final UploadPolicy policy;
    private final Ingest ingest;
    private final MediaCatalog catalog;
    private final ObjectStorage storage;
    private final SnowflakeIds ids;
    private final Duration ttl;

    DirectUploads(ContentSniffer sniffer, UploadPolicy policy, Ingest ingest, MediaCatalog catalog, ObjectStorage storage,
            SnowflakeIds ids, MediaProperties properties) {
        this.sniffer = sniffer;
        this.policy = policy;
        this.ingest = ingest;
        this.catalog = catalog;
        this.storage = storage;
        this.ids = ids;
        this.ttl = properties.storage().putUrlTtl();
    }

    DirectUploadView start(CurrentUser user, StartUploadRequest request) {
        Purpose purpose = Purpose.parse(request.purpose(), "purpose");
        MediaKind kind = sniffer.declaredKind(request.contentType());
        policy.checkPurpose(kind, purpose);
        policy.checkSize(kind, purpose, request.size());
        policy.countUpload(user.id());
        policy.checkQuota(user.id(), request.size());
        String contentType = com.xcord.media.inspect.AllowedTypes.bare(request.contentType());
        Instant now = catalog.now();
        long id = ids.next();
        var url = storage.presignPut(ObjectStorage.key(id, MediaKeys.UPLOAD), contentType, request.size(), ttl);
        catalog.save(Media.pending(id, user.id(), purpose.apiName(), kind.apiName(), contentType, request.size(),
                Filenames.clean(request.filename()), emptyToNull(request.description()), now));
        return new DirectUploadView(Ids.format(id), url.toString(), "PUT",
                Map.of("Content-Type", contentType, "Content-Length", Long.toString(request.size())), now.plus(ttl));
    }

    Media complete(CurrentUser user, String id) {
        Media pending = catalog.owned(Ids.parse(id), user.id());
        if (pending.status() != MediaStatus.PENDING) {
            throw new ConflictException("The upload is already complete");
        }
        String staging = ObjectStorage.key(pending.id(), MediaKeys.UPLOAD);
        StoredObject object = storage.head(staging)
                .orElseThrow(() -> BadRequestException.field("file", "nothing was uploaded to the signed URL yet"));
        if (object.size() != pending.size()) {
            // a PUT that S3 did not refuse (a server that does not check the signed length): refuse it here, and let
            // the client PUT again while the URL is valid
            storage.deleteQuietly(List.of(staging));
            throw BadRequestException.field("size", "the uploaded object has " + object.size()
                    + " bytes but " + pending.size() + " were declared");
        }
        Path temp = TempFiles.create();
        try {
            storage.download(staging, temp);
            Media stored;
            try {
                Sniffed sniffed = sniffer.sniff(temp, pending.contentType(), pending.filename());
                stored = ingest.store(new Ingest.Upload(pending.id(), pending.ownerId(),
                        Purpose.parse(pending.purpose(), "purpose"), pending.filename(), pending.description(),
                        pending.createdAt()), temp, sniffed, object.size());
            } catch (ApiException e) {
                if (e.status().is4xxClientError()) {
                    // refused for good: the bytes go, the row says why (storage trouble, a 503, leaves both to retry)
                    storage.deleteQuietly(List.of(staging));
                    if (!(e instanceof UploadFailedException)) {
                        catalog.save(pending.failedProcessing(e.getMessage(), catalog.now()));
                    }
                }
                throw e;
            }
            storage.deleteQuietly(List.of(staging));
            return stored;
        } finally {
            TempFiles.delete(temp);
        }
    }

    private static String emptyToNull(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty()).orElse(null);
    }
}
