package com.xcord.events.auth;

/** The kinds of edge between two users that other services mirror. */
public enum RelationshipKind {
    /** {@code userId} asked {@code targetUserId} to be friends; not yet accepted. */
    FRIEND_REQUEST,
    /** Accepted friendship; symmetric, published once per pair. */
    FRIEND,
    /** {@code userId} follows {@code targetUserId}; one-way. */
    FOLLOW,
    /** {@code userId} blocks {@code targetUserId}; one-way. */
    BLOCK
}
