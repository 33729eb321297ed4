package com.xcord.auth.profile;

import com.xcord.auth.account.AccountRules;
import com.xcord.auth.account.ProfilePatch;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.FieldViolation;
import com.xcord.servicekit.web.VisibleNames;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code PATCH /me} body strictly: known fields only, each of its JSON type, within its
 * limits. {@code avatarMediaId: null} clears the avatar; an absent field is left as it is.
 */
final class ProfilePatchParser {

    private static final Set<String> FIELDS = Set.of("displayName", "bio", "avatarMediaId", "status",
            "readReceiptsEnabled");

    static ProfilePatch parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("The body must be a JSON object");
        }
        List<FieldViolation> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                errors.add(new FieldViolation(field.getKey(), "unknown field"));
            }
        }
        String displayName = text(body, "displayName", errors);
        if (displayName != null) {
            displayName = VisibleNames.normalize(displayName);
            AccountRules.checkDisplayName(displayName, errors);
        }
        String bio = limited(body, "bio", AccountRules.BIO_MAX, errors);
        String status = limited(body, "status", AccountRules.STATUS_MAX, errors);
        boolean avatarSet = body.has("avatarMediaId");
        Long avatarMediaId = avatarSet ? avatar(body.get("avatarMediaId"), errors) : null;
        Boolean readReceipts = null;
        if (body.has("readReceiptsEnabled")) {
            JsonNode node = body.get("readReceiptsEnabled");
            if (node.isBoolean()) {
                readReceipts = node.booleanValue();
            } else {
                errors.add(new FieldViolation("readReceiptsEnabled", "must be true or false"));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("Invalid profile change", errors);
        }
        ProfilePatch patch = new ProfilePatch(displayName, bio, avatarSet, avatarMediaId, status, readReceipts);
        if (patch.isEmpty()) {
            throw new BadRequestException("Nothing to change");
        }
        return patch;
    }

    private static String text(JsonNode body, String field, List<FieldViolation> errors) {
        if (!body.has(field)) {
            return null;
        }
        JsonNode node = body.get(field);
        if (!node.isString()) {
            errors.add(new FieldViolation(field, "must be a string"));
            return null;
        }
        return node.stringValue();
    }

    private static String limited(JsonNode body, String field, int max, List<FieldViolation> errors) {
        String value = text(body, field, errors);
        if (value != null && AccountRules.length(value) > max) {
            errors.add(new FieldViolation(field, "must be at most " + max + " characters"));
            return null;
        }
        return value;
    }

    private static Long avatar(JsonNode node, List<FieldViolation> errors) {
        if (node.isNull()) {
            return null;
        }
        if (node.isString()) {
            String value = node.stringValue();
            if (!value.isEmpty() && value.length() <= 19 && value.chars().allMatch(Character::isDigit)) {
                try {
                    long id = Long.parseLong(value);
                    if (id > 0) {
                        return id;
                    }
                } catch (NumberFormatException ignored) {
                    // falls through to the error below
                }
            }
        }
        errors.add(new FieldViolation("avatarMediaId", "must be a media id or null"));
        return null;
    }

    private ProfilePatchParser() {
    }
}
