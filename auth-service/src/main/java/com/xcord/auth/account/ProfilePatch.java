package com.xcord.auth.account;

/**
 * A partial update of the public profile: a null field is left as it is, except the avatar,
 * which may be set to null ({@code avatarSet} tells "absent" from "clear").
 */
public record ProfilePatch(String displayName, String bio, boolean avatarSet, Long avatarMediaId, String status,
        Boolean readReceiptsEnabled) {

    public boolean isEmpty() {
        return displayName == null && bio == null && !avatarSet && status == null && readReceiptsEnabled == null;
    }
}
