package com.xcord.server.member;

import java.time.Instant;

/** A ban as the API shows it. */
record BanView(String userId, String reason, String bannedBy, Instant createdAt) {
}
