package com.xcord.auth.account;

/** Body of register and login: the account and a fresh token pair. {@code toString} hides the tokens. */
public record AuthResponse(AccountBody user, String accessToken, String refreshToken, long expiresIn) {

    @Override
    public String toString() {
        return "AuthResponse[user=" + user.id() + ", expiresIn=" + expiresIn + "]";
    }
}
