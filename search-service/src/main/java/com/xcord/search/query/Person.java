package com.xcord.search.query;

/** A user as results show them (an author, a sender); {@code username} null if auth-service never announced them. */
public record Person(String id, String username, String displayName) {
}
