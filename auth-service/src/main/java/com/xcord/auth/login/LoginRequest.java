package com.xcord.auth.login;

/** {@code POST /auth/login}: {@code login} is a username or an email. {@code toString} hides the password. */
record LoginRequest(String login, String password) {

    @Override
    public String toString() {
        return "LoginRequest[login=" + login + "]";
    }
}
