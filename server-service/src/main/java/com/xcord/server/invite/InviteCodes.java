package com.xcord.server.invite;

import java.security.SecureRandom;

/** Random invite codes: 10 characters of [A-Za-z0-9], about 59 bits, not guessable. */
final class InviteCodes {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A string that could be a code (anything else is a 404 without a query). */
    static boolean plausible(String code) {
        return code != null && code.length() >= 4 && code.length() <= 16
                && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private InviteCodes() {
    }
}
