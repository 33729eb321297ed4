package com.xcord.dm.conversation;

import com.xcord.servicekit.web.FieldViolation;
import com.xcord.servicekit.web.VisibleNames;

import java.util.List;
import java.util.Optional;

/** The rules for a group's name (optional, 1–100 visible characters once normalized) and icon (a media id). */
public final class GroupNames {

    public static final int MAX_LENGTH = 100;

    /**
     * The name as {@link VisibleNames#normalize} stores it, or null when absent; adds a violation on {@code name}
     * when invalid.
     */
    public static String normalize(String raw, List<FieldViolation> errors) {
        if (raw == null) {
            return null;
        }
        String name = VisibleNames.normalize(raw);
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_LENGTH) {
            errors.add(new FieldViolation("name", "must be 1 to " + MAX_LENGTH + " characters"));
            return null;
        }
        Optional<String> problem = VisibleNames.problem(name);
        if (problem.isPresent()) {
            errors.add(new FieldViolation("name", problem.get()));
            return null;
        }
        return name;
    }

    /** A group icon is a media id; null when absent. Adds a violation on {@code iconMediaId} when invalid. */
    public static Long iconMediaId(String raw, List<FieldViolation> errors) {
        if (raw == null) {
            return null;
        }
        try {
            return com.xcord.servicekit.id.Ids.parse(raw);
        } catch (com.xcord.servicekit.web.BadRequestException e) {
            errors.add(new FieldViolation("iconMediaId", "must be a media id"));
            return null;
        }
    }

    private GroupNames() {
    }
}
