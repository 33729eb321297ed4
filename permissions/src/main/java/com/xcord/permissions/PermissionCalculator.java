package com.xcord.permissions;

import java.util.Collection;

/**
 * Discord's permission algorithm, pure and in one place (no Spring, no database), so that
 * every check in server-service and any other service keeping a projection (realtime,
 * search) computes the same answer.
 *
 * <ol>
 * <li>Base: the owner has everything; otherwise {@code @everyone}'s bits OR every role's bits;
 * {@code ADMINISTRATOR} then means everything.</li>
 * <li>Channel: an administrator has everything. Otherwise apply, in order, the
 * {@code @everyone} overwrite (deny, then allow), the member's role overwrites aggregated
 * (all denies, then all allows), then the member's own overwrite (deny, then allow). Without
 * VIEW_CHANNEL nothing else counts; without SEND_MESSAGES the bits that go with sending
 * (mentions, attachments, embeds, TTS) do not either.</li>
 * </ol>
 */
public final class PermissionCalculator {

    /**
     * @param owner               the member owns the server
     * @param everyonePermissions the {@code @everyone} role's bits
     * @param rolePermissions     the bits of every other role the member holds
     */
    public static long base(boolean owner, long everyonePermissions, Collection<Long> rolePermissions) {
        if (owner) {
            return Permissions.ALL;
        }
        long permissions = everyonePermissions;
        for (long role : rolePermissions) {
            permissions |= role;
        }
        return Permissions.has(permissions, Permissions.ADMINISTRATOR) ? Permissions.ALL : permissions;
    }

    /**
     * @param base           the member's {@link #base} permissions
     * @param everyone       the channel's overwrite for {@code @everyone} ({@link Overwrite#NONE} if none)
     * @param roleOverwrites the channel's overwrites for roles the member holds (not {@code @everyone})
     * @param member         the channel's overwrite for this member ({@link Overwrite#NONE} if none)
     */
    public static long inChannel(long base, Overwrite everyone, Collection<Overwrite> roleOverwrites,
            Overwrite member) {
        if (Permissions.has(base, Permissions.ADMINISTRATOR)) {
            return Permissions.ALL;
        }
        long permissions = apply(base, everyone.allow(), everyone.deny());
        long allow = 0;
        long deny = 0;
        for (Overwrite role : roleOverwrites) {
            allow |= role.allow();
            deny |= role.deny();
        }
        permissions = apply(permissions, allow, deny);
        permissions = apply(permissions, member.allow(), member.deny());
        if (!Permissions.has(permissions, Permissions.VIEW_CHANNEL)) {
            return 0;
        }
        if (!Permissions.has(permissions, Permissions.SEND_MESSAGES)) {
            permissions &= ~Permissions.SEND_DEPENDENT;
        }
        return permissions;
    }

    private static long apply(long permissions, long allow, long deny) {
        return (permissions & ~deny) | allow;
    }

    private PermissionCalculator() {
    }
}
