package com.xcord.server.invite;

import com.xcord.server.guild.GuildSummary;
import com.xcord.servicekit.id.Ids;

import java.time.Instant;

/** What the invite endpoints answer. */
final class InviteViews {

    /** An invite as its creator sees it. */
    record InviteView(String code, String serverId, String inviterId, int maxUses, int uses, Instant expiresAt,
            Instant createdAt) {

        static InviteView of(Invite i) {
            return new InviteView(i.code(), Ids.format(i.serverId()), Ids.format(i.inviterId()), i.maxUses(), i.uses(),
                    i.expiresAt(), i.createdAt());
        }
    }

    /** The server an invite leads to, as anyone with the code may see it. */
    record ServerPreview(String id, String name, String iconMediaId, int memberCount) {

        static ServerPreview of(GuildSummary server) {
            return new ServerPreview(Ids.format(server.id()), server.name(), Ids.formatNullable(server.iconMediaId()),
                    server.memberCount());
        }
    }

    /** {@code GET /invites/{code}}. */
    record InvitePreview(String code, ServerPreview server, String inviterId, Instant expiresAt) {
    }

    /** {@code POST /invites/{code}/accept}: the server joined, and whether this call joined it. */
    record Accepted(ServerPreview server, boolean joined) {
    }

    private InviteViews() {
    }
}
