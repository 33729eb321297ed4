package com.xcord.server.guild;

import java.time.Instant;

/** A row of {@code servers}. */
record Guild(long id, long ownerId, String name, String description, Long iconMediaId, int memberCount,
        Instant createdAt, Instant updatedAt) {

    Guild withChanges(String name, String description, Long iconMediaId, long ownerId, Instant now) {
        return new Guild(id, ownerId, name, description, iconMediaId, memberCount, createdAt, now);
    }
}
