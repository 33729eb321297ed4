package com.xcord.auth.session;

import com.xcord.auth.session.SessionRepository.SessionRow;
import com.xcord.servicekit.id.Ids;

import java.time.Instant;

/** One entry of {@code GET /auth/sessions}. */
public record SessionView(String id, Instant createdAt, Instant lastUsedAt, String ip, String userAgent,
        boolean current) {

    static SessionView of(SessionRow row, long currentSessionId) {
        return new SessionView(Ids.format(row.id()), row.createdAt(), row.lastUsedAt(), row.ip(), row.userAgent(),
                row.id() == currentSessionId);
    }
}
