package com.xcord.server.member;

import com.xcord.servicekit.web.CodePoints;
import com.xcord.server.support.Texts;

/** The bodies the member endpoints take; texts are stripped before they are validated. */
final class MemberRequests {

    /** {@code PATCH /servers/{id}/members/{userId}}: a merge patch; a null or blank nickname clears it. */
    record UpdateMember(@CodePoints(min = 1, max = 32) String nickname) {

        UpdateMember {
            nickname = Texts.stripToNull(nickname);
        }
    }

    /** {@code PUT /servers/{id}/bans/{userId}}: optional. */
    record BanRequest(@CodePoints(min = 1, max = 512) String reason) {

        BanRequest {
            reason = Texts.stripToNull(reason);
        }
    }

    private MemberRequests() {
    }
}
