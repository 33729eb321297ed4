package com.xcord.auth.account;

/** What a login checks a password against; {@code toString} hides the hash. */
public record Credentials(long userId, String passwordHash) {

    @Override
    public String toString() {
        return "Credentials[userId=" + userId + "]";
    }
}
