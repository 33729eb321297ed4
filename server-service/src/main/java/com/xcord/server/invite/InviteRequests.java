package com.xcord.server.invite;

import org.hibernate.validator.constraints.Range;

/** The bodies the invite endpoints take. */
final class InviteRequests {

    static final int MAX_USES = 100;
    static final int MAX_AGE_SECONDS = 604_800;
    static final int DEFAULT_MAX_AGE_SECONDS = 86_400;

    /** {@code POST /servers/{id}/invites}: optional; 0 uses = unlimited, 0 seconds = never expires. */
    record CreateInvite(
            @Range(min = 0, max = MAX_USES, message = "must be between {min} and {max}") Integer maxUses,
            @Range(min = 0, max = MAX_AGE_SECONDS, message = "must be between {min} and {max}") Integer maxAgeSeconds) {

        static final CreateInvite DEFAULTS = new CreateInvite(null, null);

        int maxUsesOrDefault() {
            return maxUses == null ? 0 : maxUses;
        }

        int maxAgeSecondsOrDefault() {
            return maxAgeSeconds == null ? DEFAULT_MAX_AGE_SECONDS : maxAgeSeconds;
        }
    }

    private InviteRequests() {
    }
}
