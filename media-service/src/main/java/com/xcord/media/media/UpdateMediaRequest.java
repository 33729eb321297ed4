package com.xcord.media.media;

import com.xcord.servicekit.web.CodePoints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * {@code PATCH /media/{id}}: only the fields sent change; {@code description: ""} removes the alt text.
 *
 * @param description alt text, up to 1,500 characters (Mastodon's limit)
 * @param focus       the point thumbnails keep in view
 */
record UpdateMediaRequest(@CodePoints(max = 1500) String description, @Valid FocusRequest focus) {

    record FocusRequest(@NotNull @DecimalMin("-1.0") @DecimalMax("1.0") Float x,
            @NotNull @DecimalMin("-1.0") @DecimalMax("1.0") Float y) {
    }
}
