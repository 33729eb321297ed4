package com.xcord.media.upload;

import com.xcord.media.media.Media;
import com.xcord.media.media.MediaStatus;
import com.xcord.media.media.MediaView;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CodePoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Uploads", description = "Uploading media: multipart through the service, or presigned straight to storage")
@RestController
@RequestMapping("/api/v1/media")
@Validated
class UploadController {

    private final MultipartUploads multipart;
    private final DirectUploads direct;

    UploadController(MultipartUploads multipart, DirectUploads direct) {
        this.multipart = multipart;
        this.direct = direct;
    }

    @Operation(operationId = "uploadMedia", summary = "Upload a file",
            description = "Multipart with a `file` part. The type is sniffed from the bytes: it must be an accepted one and "
                    + "agree in kind with the declared type and extension (415 otherwise). Images are processed at once "
                    + "(201, ready); video and audio are processed in the background (202, processing; media.ready follows). "
                    + "An Idempotency-Key is not honoured here: a multipart body is not buffered to fingerprint it.")
    @ApiResponse(responseCode = "201", description = "Stored and ready")
    @ApiResponse(responseCode = "202", description = "Stored; video/audio processing continues in the background")
    @ProblemResponse(status = HttpStatus.CONTENT_TOO_LARGE, description = "Over the limit of its kind or purpose, over the pixel limit, or over the storage quota")
    @ProblemResponse(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, description = "Not an accepted type, or not what it was declared as")
    @PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<MediaView> upload(CurrentUser user, @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) @CodePoints(max = 1500) String description) {
        Media media = multipart.upload(user, file, Purpose.parse(purpose, "purpose"),
                description == null || description.isEmpty() ? null : description);
        return answer(media);
    }

    @Operation(operationId = "startDirectUpload", summary = "Start a presigned upload straight to storage",
            description = "Answers a PUT URL signed with the declared content type and length, valid for 10 minutes. "
                    + "PUT the bytes there with exactly the headers given, then call complete.")
    @ProblemResponse(status = HttpStatus.CONTENT_TOO_LARGE, description = "Over the limit of its kind or purpose, or over the storage quota")
    @ProblemResponse(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, description = "The declared type is not accepted")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/uploads")
    DirectUploadView start(CurrentUser user, @Valid @RequestBody StartUploadRequest request) {
        return direct.start(user, request);
    }

    @Operation(operationId = "completeDirectUpload", summary = "Finish a presigned upload",
            description = "Checks the object is in storage with the declared size and that its bytes are of the declared "
                    + "kind, then processes it like a multipart upload.")
    @ApiResponse(responseCode = "201", description = "Stored and ready")
    @ApiResponse(responseCode = "202", description = "Stored; video/audio processing continues in the background")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "Unknown upload, or not the caller's")
    @ProblemResponse(status = HttpStatus.CONFLICT, description = "Already completed")
    @ProblemResponse(status = HttpStatus.CONTENT_TOO_LARGE, description = "Over the pixel limit")
    @ProblemResponse(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, description = "The bytes are not of the declared kind")
    @PostMapping("/{id}/complete")
    ResponseEntity<MediaView> complete(CurrentUser user, @PathVariable String id) {
        return answer(direct.complete(user, id));
    }

    private static ResponseEntity<MediaView> answer(Media media) {
        HttpStatus status = media.status() == MediaStatus.PROCESSING ? HttpStatus.ACCEPTED : HttpStatus.CREATED;
        return ResponseEntity.status(status).body(MediaView.of(media));
    }
}
