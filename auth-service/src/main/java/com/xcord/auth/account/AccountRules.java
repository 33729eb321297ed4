package com.xcord.auth.account;

import com.xcord.servicekit.web.FieldViolation;
import com.xcord.servicekit.web.VisibleNames;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Limits on account fields (DESIGN §3); lengths count Unicode code points, as Postgres does. */
public final class AccountRules {

    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 128;
    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 64;
    public static final int BIO_MAX = 190;
    public static final int STATUS_MAX = 128;

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9_.]{2,32}");
    private static final Pattern EMAIL =
            Pattern.compile("[^\\s@\\p{Cntrl}]{1,64}@[^\\s@\\p{Cntrl}.]+(\\.[^\\s@\\p{Cntrl}.]+)+");

    public static String normalizeLogin(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    static void checkUsername(String username, List<FieldViolation> errors) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldViolation("username", "must be 2-32 of a-z, 0-9, _ and ."));
        }
    }

    static void checkEmail(String email, List<FieldViolation> errors) {
        if (email == null || email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldViolation("email", "must be a valid address of at most " + EMAIL_MAX + " characters"));
        }
    }

    static void checkPassword(String password, List<FieldViolation> errors) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
            errors.add(new FieldViolation("password",
                    "must be " + PASSWORD_MIN + "-" + PASSWORD_MAX + " characters"));
        }
    }

    /** Display names, as {@link VisibleNames#normalize} left them: 1-64 characters, every one visible. */
    public static void checkDisplayName(String displayName, List<FieldViolation> errors) {
        if (displayName == null || displayName.isBlank() || length(displayName) > DISPLAY_NAME_MAX) {
            errors.add(new FieldViolation("displayName", "must be 1-" + DISPLAY_NAME_MAX + " characters"));
            return;
        }
        VisibleNames.problem(displayName).ifPresent(problem -> errors.add(new FieldViolation("displayName", problem)));
    }

    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private AccountRules() {
    }
}
