package com.xcord.media.upload;

import com.xcord.media.inspect.ContentSniffer;
import com.xcord.media.inspect.ContentSniffer.Sniffed;
import com.xcord.media.media.Media;
import com.xcord.media.media.MediaCatalog;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.BadRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /media/upload}: the part (already on disk, spooled by the container) checked, then ingested. */
@Component
class MultipartUploads {

    private final ContentSniffer sniffer;
    private final UploadPolicy policy;
    private final Ingest ingest;
    private final MediaCatalog catalog;
    private final SnowflakeIds ids;

    MultipartUploads(ContentSniffer sniffer, UploadPolicy policy, Ingest ingest, MediaCatalog catalog, SnowflakeIds ids) {
        this.sniffer = sniffer;
        this.policy = policy;
        this.ingest = ingest;
        this.catalog = catalog;
        this.ids = ids;
    }

    Media upload(CurrentUser user, MultipartFile file, Purpose purpose, String description) {
        if (file == null || file.isEmpty()) {
            throw BadRequestException.field("file", "must be a non-empty file");
        }
        policy.countUpload(user.id());
        String filename = Filenames.clean(file.getOriginalFilename());
        Path temp = spool(file);
        try {
            long size = Files.size(temp);
            Sniffed sniffed = sniffer.sniff(temp, file.getContentType(), filename);
            policy.checkPurpose(sniffed.kind(), purpose);
            policy.checkSize(sniffed.kind(), purpose, size);
            policy.checkQuota(user.id(), size);
            var upload = new Ingest.Upload(ids.next(), user.id(), purpose, filename, description, catalog.now());
            return ingest.store(upload, temp, sniffed, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TempFiles.delete(temp);
        }
    }

    /** Our own temporary copy (the container's is deleted when the request ends, the video worker is later). */
    private static Path spool(MultipartFile file) {
        Path temp = TempFiles.create();
        try {
            file.transferTo(temp);
            return temp;
        } catch (IOException e) {
            TempFiles.delete(temp);
            throw new UncheckedIOException(e);
        }
    }
}
