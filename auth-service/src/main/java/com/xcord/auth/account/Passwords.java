package com.xcord.auth.account;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Password hashing: Argon2id with OWASP's parameters (m = 19 MiB, t = 2, p = 1) for new
 * hashes; bcrypt hashes (imported accounts) still verify and are upgraded on the next login.
 */
@Component
public class Passwords {

    static final String ARGON2 = "argon2";
    static final String BCRYPT = "bcrypt";

    private final PasswordEncoder encoder;
    /** Verified against when the account does not exist, so both answers take as long. */
    private final String dummyHash;

    Passwords() {
        this(new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                BCRYPT, new BCryptPasswordEncoder())));
    }

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.dummyHash = encoder.encode("not-a-password-of-anyone");
    }

    public String hash(String raw) {
        return encoder.encode(raw);
    }

    public boolean matches(String raw, String hash) {
        try {
            return encoder.matches(raw, hash);
        } catch (IllegalArgumentException e) {
            // e.g. a bcrypt hash and a password beyond bcrypt's 72 bytes, or an unknown {id}
            return false;
        }
    }

    /** Spends the time of one verification for a login that has no account behind it. */
    public void matchNothing(String raw) {
        encoder.matches(raw, dummyHash);
    }

    /** True when the hash is not Argon2id with the current parameters. */
    public boolean needsUpgrade(String hash) {
        return encoder.upgradeEncoding(hash);
    }
}
