package com.xcord.auth.account;

import com.xcord.auth.ratelimit.ClientInfo;
import com.xcord.auth.session.IssuedSession;
import com.xcord.auth.session.Sessions;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ConflictException;
import com.xcord.servicekit.web.FieldViolation;
import com.xcord.servicekit.web.VisibleNames;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creates an account and its first session; publishes {@code user.registered} in the same transaction. */
@Service
class Registration {

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final Sessions sessions;
    private final SnowflakeIds ids;
    private final AccountEvents events;
    private final TransactionTemplate tx;

    Registration(AccountRepository accounts, Passwords passwords, Sessions sessions, SnowflakeIds ids, AccountEvents events,
            TransactionTemplate tx) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.ids = ids;
        this.events = events;
        this.tx = tx;
    }

    AuthResponse register(RegisterRequest request, ClientInfo client) {
        NewAccount account = validate(request);
        if (accounts.usernameTaken(account.username())) {
            throw taken("username");
        }
        if (accounts.emailTaken(account.email())) {
            throw taken("email");
        }
        // hashing takes tens of milliseconds: do it before taking a connection
        String hash = passwords.hash(request.password());
        try {
            return tx.execute(status -> create(account, hash, client));
        } catch (DuplicateKeyException e) {
            // lost a race with a concurrent registration
            throw taken(String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                    .contains("users_email_key") ? "email" : "username");
        }
    }

    private AuthResponse create(NewAccount fields, String hash, ClientInfo client) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Account account = new Account(ids.next(), fields.username(), fields.email(), fields.displayName(), "", null,
                "", true, now, now);
        accounts.insert(account, hash);
        events.registered(account);
        IssuedSession session = sessions.start(account.id(), client);
        return new AuthResponse(AccountBody.of(account), session.accessToken(), session.refreshToken(),
                session.expiresIn());
    }

    private record NewAccount(String username, String email, String displayName) {
    }

    private static NewAccount validate(RegisterRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        AccountRules.checkUsername(request.username(), errors);
        AccountRules.checkEmail(request.email() == null ? null : request.email().strip(), errors);
        AccountRules.checkPassword(request.password(), errors);
        String displayName = VisibleNames.normalize(request.displayName());
        if (displayName != null) {
            AccountRules.checkDisplayName(displayName, errors);
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("Invalid registration", errors);
        }
        String username = AccountRules.normalizeLogin(request.username());
        return new NewAccount(username, AccountRules.normalizeLogin(request.email()),
                displayName != null ? displayName : username);
    }

    private static FieldTakenException taken(String field) {
        return new FieldTakenException(field);
    }

    /** 409 naming the field, also in {@code errors} so a form can show it next to the input. */
    static final class FieldTakenException extends ConflictException {

        private final String field;

        FieldTakenException(String field) {
            super(field + " is already taken");
            this.field = field;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("errors", List.of(new FieldViolation(field, "is already taken")));
        }
    }
}
