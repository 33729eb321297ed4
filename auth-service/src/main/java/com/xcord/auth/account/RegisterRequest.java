package com.xcord.auth.account;

/** {@code POST /auth/register}; {@code toString} hides the password. */
record RegisterRequest(String username, String email, String password, String displayName) {

    @Override
    public String toString() {
        return "RegisterRequest[username=" + username + "]";
    }
}
