package com.xcord.server.member;

import com.xcord.servicekit.web.CodePoints;
import com.xcord.servicekit.web.VisibleName;
import com.xcord.servicekit.web.VisibleNames;
import com.xcord.server.support.Texts;

/** The bodies the member endpoints take; names are normalized, other texts stripped, before validation. */
final class MemberRequests {

    /** {@code PATCH /servers/{id}/members/{userId}}: a merge patch; a null or blank nickname clears it. */
    record UpdateMember(@VisibleName @CodePoints(min = 1, max = 32) String nickname) {

        UpdateMember {
            nickname = Texts.stripToNull(VisibleNames.normalize(nickname));
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
