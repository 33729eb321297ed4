package com.xcord.server.member;

import com.xcord.servicekit.id.Ids;

import java.time.Instant;

/** A ban as the API shows it. */
record BanView(String userId, String reason, String bannedBy, Instant createdAt) {

    static BanView of(Ban ban) {
        return new BanView(Ids.format(ban.userId()), ban.reason(), Ids.format(ban.bannedBy()), ban.createdAt());
    }
}
