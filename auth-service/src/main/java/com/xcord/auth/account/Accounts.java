package com.xcord.auth.account;

import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Optional;

/** What other features may know of and do to accounts (the repository stays in this package). */
@Service
public class Accounts {

    private final AccountRepository accounts;

    Accounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<Account> byId(long id) {
        return accounts.findById(id);
    }

    /** By username, in any case. */
    public Optional<Account> byUsername(String username) {
        return accounts.findByUsername(AccountRules.normalizeLogin(username));
    }

    /** By username or email (anything with an {@code @} is an email), in any case. */
    public Optional<Credentials> credentials(String login) {
        String normalized = AccountRules.normalizeLogin(login);
        return normalized.indexOf('@') >= 0
                ? accounts.credentialsByEmail(normalized)
                : accounts.credentialsByUsername(normalized);
    }

    /** Stores a rehash of a verified password unless the hash changed meanwhile. */
    public void replacePasswordHash(long id, String verifiedHash, String newHash) {
        accounts.replacePasswordHash(id, verifiedHash, newHash);
    }

    /** Applies a validated patch; run it in the transaction that publishes the change. */
    public Optional<Account> updateProfile(long id, ProfilePatch patch, Instant now) {
        return accounts.updateProfile(id, patch, now);
    }
}
