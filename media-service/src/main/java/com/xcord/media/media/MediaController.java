package com.xcord.media.media;

import com.xcord.media.MediaProperties;
import com.xcord.media.storage.ObjectStorage;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ConflictException;
import com.xcord.servicekit.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Media", description = "Uploaded media objects: their state, alt text, deletion and content")
@RestController
@RequestMapping("/api/v1/media")
class MediaController {

    private final MediaCatalog catalog;
    private final ObjectStorage storage;
    private final Duration urlTtl;

    MediaController(MediaCatalog catalog, ObjectStorage storage, MediaProperties properties) {
        this.catalog = catalog;
        this.storage = storage;
        this.urlTtl = properties.storage().getUrlTtl();
    }

    @Operation(operationId = "getMedia", summary = "Get a media object",
            description = "Anyone signed in sees a ready media object; until it is ready only its owner does.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "Unknown, or someone else's upload not ready yet")
    @GetMapping("/{id}")
    MediaView get(CurrentUser user, @PathVariable String id) {
        return MediaView.of(visible(user, id));
    }

    @Operation(operationId = "updateMedia", summary = "Change a media object's alt text or focus point")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "Unknown, or not the caller's")
    @PatchMapping("/{id}")
    MediaView update(CurrentUser user, @PathVariable String id, @Valid @RequestBody UpdateMediaRequest request) {
        Media media = catalog.owned(Ids.parse(id), user.id());
        String description = request.description() == null ? media.description()
                : request.description().isEmpty() ? null : request.description();
        Float x = request.focus() == null ? media.focusX() : request.focus().x();
        Float y = request.focus() == null ? media.focusY() : request.focus().y();
        return MediaView.of(catalog.describe(media, description, x, y));
    }

    @Operation(operationId = "deleteMedia", summary = "Delete a media object and its stored files",
            description = "Refused (409) while a post, message or profile uses it: delete or edit that first.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "Unknown, or not the caller's")
    @ProblemResponse(status = HttpStatus.CONFLICT, description = "A post, message or profile still uses it")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    void delete(CurrentUser user, @PathVariable String id) {
        Media media = catalog.owned(Ids.parse(id), user.id());
        if (catalog.inUse(media.id())) {
            throw new ConflictException("The media is attached to a post, message or profile");
        }
        storage.delete(MediaKeys.all(media));
        catalog.forget(media);
    }

    @Operation(operationId = "getMediaContent", summary = "Fetch a media object's bytes",
            description = "Images, video and audio: a redirect to a signed storage URL valid for a few minutes. Other "
                    + "files are streamed as an attachment download. Either way with X-Content-Type-Options: nosniff.")
    @ApiResponse(responseCode = "302", description = "Redirect to a short-lived signed URL of the variant")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment download")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "Unknown media, or it has no such variant")
    @GetMapping("/{id}/content")
    ResponseEntity<?> content(CurrentUser user, @PathVariable String id,
            @RequestParam(defaultValue = Variant.ORIGINAL) String variant) {
        if (!variant.equals(Variant.ORIGINAL) && !variant.equals(Variant.SMALL)) {
            throw BadRequestException.field("variant", "must be original or small");
        }
        Media media = visible(user, id);
        Variant stored = media.variant(variant).orElseThrow(() -> new NotFoundException("No " + variant + " variant"));
        String key = ObjectStorage.key(media.id(), stored.name());
        boolean inline = !media.kind().equals("file");
        String disposition = ContentDisposition.builder(inline ? "inline" : "attachment")
                .filename(media.filename(), StandardCharsets.UTF_8).build().toString();
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        if (inline) {
            headers.setLocation(storage.presignGet(key, stored.contentType(), disposition, urlTtl));
            // the redirect may be reused while the signed URL is valid, by this client only
            headers.setCacheControl(CacheControl.maxAge(urlTtl.dividedBy(2)).cachePrivate());
            return new ResponseEntity<>(headers, HttpStatus.FOUND);
        }
        InputStream body = storage.open(key);
        headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
        headers.setContentType(MediaType.parseMediaType(stored.contentType()));
        headers.setContentLength(media.size());
        headers.setCacheControl(CacheControl.noCache().cachePrivate());
        return new ResponseEntity<>(new InputStreamResource(body), headers, HttpStatus.OK);
    }

    private Media visible(CurrentUser user, String id) {
        return catalog.find(Ids.parse(id))
                .filter(m -> m.isOwnedBy(user.id()) || m.status() == MediaStatus.READY)
                .orElseThrow(() -> new NotFoundException("Unknown media"));
    }
}
