package com.xcord.server.invite;

import com.xcord.server.access.Access;
import com.xcord.server.access.ServerAccess;
import com.xcord.server.invite.InviteViews.Accepted;
import com.xcord.server.invite.InviteViews.InvitePreview;
import com.xcord.server.invite.InviteViews.InviteView;
import com.xcord.server.member.Membership;
import com.xcord.permissions.Permissions;
import com.xcord.server.support.Check;
import com.xcord.server.support.Clock;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.web.ForbiddenException;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/**
 * Invites: create (CREATE_INVITE), preview, accept, revoke (its creator or MANAGE_SERVER).
 * An unknown, expired, used-up or revoked code is a 404, the same for all four.
 */
@Service
class InviteChanges {

    static final int MAX_USES = 100;
    static final int MAX_AGE_SECONDS = 604_800;
    static final int DEFAULT_MAX_AGE_SECONDS = 86_400;

    private final Invites invites;
    private final ServerAccess access;
    private final Membership membership;

    InviteChanges(Invites invites, ServerAccess access, Membership membership) {
        this.invites = invites;
        this.access = access;
        this.membership = membership;
    }

    record CreateInvite(Integer maxUses, Integer maxAgeSeconds) {
    }

    @Transactional
    InviteView create(long userId, long serverId, CreateInvite request) {
        access.member(serverId, userId).require(Permissions.CREATE_INVITE);
        int maxUses = Check.range("maxUses", request == null ? null : request.maxUses(), 0, MAX_USES, 0);
        int maxAge = Check.range("maxAgeSeconds", request == null ? null : request.maxAgeSeconds(), 0,
                MAX_AGE_SECONDS, DEFAULT_MAX_AGE_SECONDS);
        Instant now = Clock.now();
        Invite invite = new Invite(InviteCodes.next(), serverId, userId, maxUses, 0,
                maxAge == 0 ? null : now.plusSeconds(maxAge), now);
        invites.insert(invite);
        return InviteView.of(invite);
    }

    @Transactional(readOnly = true)
    InvitePreview preview(String code) {
        Invite invite = usable(invites.find(checked(code)));
        return new InvitePreview(invite.code(), invites.server(invite.serverId()), Ids.format(invite.inviterId()),
                invite.expiresAt());
    }

    /** Joins the server; a member accepting again changes nothing and uses nothing up. */
    @Transactional
    Accepted accept(long userId, String code) {
        Invite invite = usable(invites.lock(checked(code)));
        boolean joined = membership.join(invite.serverId(), userId, invite.code());
        if (joined) {
            invites.use(invite.code());
        }
        return new Accepted(invites.server(invite.serverId()), joined);
    }

    @Transactional
    void revoke(long userId, String code) {
        Invite invite = invites.lock(checked(code)).orElseThrow(InviteChanges::notFound);
        Access caller = access.find(invite.serverId(), userId).orElseThrow(InviteChanges::notFound);
        if (invite.inviterId() != userId && !caller.has(Permissions.MANAGE_SERVER)) {
            throw new ForbiddenException("Only the invite's creator or a server manager can revoke it");
        }
        invites.delete(invite.code());
    }

    private static String checked(String code) {
        if (!InviteCodes.plausible(code)) {
            throw notFound();
        }
        return code;
    }

    private static Invite usable(java.util.Optional<Invite> invite) {
        return invite.filter(i -> i.usable(Clock.now())).orElseThrow(InviteChanges::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Invite not found");
    }
}
