package com.xcord.permissions;

/**
 * Discord's role hierarchy: a member acts on roles strictly below their highest role, and on
 * members whose highest role is strictly below theirs. The owner outranks everyone; nobody
 * outranks the owner. Positions: {@code @everyone} is 0, higher is more powerful.
 */
public final class RoleHierarchy {

    /** May someone with highest role {@code actorTop} manage a role at {@code rolePosition}? */
    public static boolean canManageRole(boolean actorOwner, int actorTop, int rolePosition) {
        return actorOwner || rolePosition < actorTop;
    }

    /** May the actor kick, ban or edit the target member? */
    public static boolean outranks(boolean actorOwner, int actorTop, boolean targetOwner, int targetTop) {
        if (targetOwner) {
            return false;
        }
        return actorOwner || targetTop < actorTop;
    }

    private RoleHierarchy() {
    }
}
