package com.xcord.media.upload;

import com.xcord.servicekit.web.CodePoints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * {@code POST /media/uploads}: what the client is about to PUT straight to storage.
 *
 * @param filename    the file's name, shown and used for downloads
 * @param contentType its type: must be accepted, and the bytes must turn out to be of the same kind
 * @param size        its exact length in bytes: the signed URL accepts no other
 * @param purpose     attachment (default), avatar, banner, icon or emoji
 * @param description alt text
 */
record StartUploadRequest(@NotBlank @CodePoints(max = 255) String filename, @NotBlank @CodePoints(max = 255) String contentType,
        @NotNull @Positive Long size, String purpose, @CodePoints(max = 1500) String description) {
}
