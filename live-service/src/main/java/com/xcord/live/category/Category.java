package com.xcord.live.category;

/** A category a stream is filed under; the client-facing view too (ids as strings). */
public record Category(String id, String slug, String name) {
}
