package com.xcord.server.invite;

import com.xcord.permissions.Permissions;
import com.xcord.server.access.ServerAccess;
import com.xcord.server.guild.GuildLookup;
import com.xcord.server.invite.InviteRequests.CreateInvite;
import com.xcord.server.invite.InviteViews.Accepted;
import com.xcord.server.invite.InviteViews.InvitePreview;
import com.xcord.server.invite.InviteViews.InviteView;
import com.xcord.server.invite.InviteViews.ServerPreview;
import com.xcord.server.member.Membership;
import com.xcord.server.support.Clock;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Invites: create (CREATE_INVITE), preview, accept, revoke (its creator or MANAGE_SERVER).
 * An unknown, expired, used-up or revoked code is a 404, the same for all four.
 */
@Service
class InviteChanges {

    private final Invites invites;
    private final ServerAccess access;
    private final Membership membership;
    private final GuildLookup guilds;

    InviteChanges(Invites invites, ServerAccess access, Membership membership, GuildLookup guilds) {
        this.invites = invites;
        this.access = access;
        this.membership = membership;
        this.guilds = guilds;
    }

    @Transactional
    InviteView create(long userId, long serverId, CreateInvite request) {
        access.member(serverId, userId).require(Permissions.CREATE_INVITE);
        CreateInvite values = request == null ? CreateInvite.DEFAULTS : request;
        Invite invite = Invite.create(InviteCodes.next(), serverId, userId, values.maxUsesOrDefault(),
                values.maxAgeSecondsOrDefault(), Clock.now());
        invites.insert(invite);
        return InviteView.of(invite);
    }

    @Transactional(readOnly = true)
    InvitePreview preview(String code) {
        Invite invite = usable(invites.find(checked(code)));
        return new InvitePreview(invite.code(), server(invite), Ids.format(invite.inviterId()), invite.expiresAt());
    }

    /** Joins the server; a member accepting again changes nothing and uses nothing up. */
    @Transactional
    Accepted accept(long userId, String code) {
        Invite invite = usable(invites.lock(checked(code)));
        boolean joined = membership.join(invite.serverId(), userId, invite.code());
        if (joined) {
            invites.use(invite.code());
        }
        return new Accepted(server(invite), joined);
    }

    @Transactional
    void revoke(long userId, String code) {
        Invite invite = invites.lock(checked(code)).orElseThrow(InviteChanges::notFound);
        invite.requireRevocableBy(access.find(invite.serverId(), userId).orElseThrow(InviteChanges::notFound));
        invites.delete(invite.code());
    }

    private ServerPreview server(Invite invite) {
        return ServerPreview.of(guilds.summary(invite.serverId()));
    }

    private static String checked(String code) {
        if (!InviteCodes.plausible(code)) {
            throw notFound();
        }
        return code;
    }

    private static Invite usable(Optional<Invite> invite) {
        return invite.filter(i -> i.usable(Clock.now())).orElseThrow(InviteChanges::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Invite not found");
    }
}
