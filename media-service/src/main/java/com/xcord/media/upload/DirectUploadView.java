package com.xcord.media.upload;

import java.time.Instant;
import java.util.Map;

/** Where and how to PUT the bytes of a presigned upload; then {@code POST /media/{id}/complete}. */
record DirectUploadView(String id, String uploadUrl, String method, Map<String, String> headers, Instant expiresAt) {
}
