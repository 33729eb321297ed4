package com.xcord.auth.relationship;

/** The few public fields of a user that a relationship shows. Ids are strings in JSON. */
record UserSummary(String id, String username, String displayName, String avatarMediaId) {
}
