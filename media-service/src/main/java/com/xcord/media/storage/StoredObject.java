package com.xcord.media.storage;

import java.time.Instant;

/** What the bucket knows of one object. */
public record StoredObject(String key, long size, String contentType, Instant lastModified) {
}
