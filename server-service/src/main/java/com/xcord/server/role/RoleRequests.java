package com.xcord.server.role;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.web.CodePoints;
import com.xcord.servicekit.web.VisibleName;
import com.xcord.servicekit.web.VisibleNames;
import com.xcord.server.support.PermissionBits;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.Range;

/** The bodies the role endpoints take; names are normalized before they are validated. */
final class RoleRequests {

    static final int MAX_COLOR = 0xFFFFFF;
    static final int MAX_POSITION = 10_000;

    /** {@code POST /servers/{id}/roles}: position defaults to 1, just above {@code @everyone}. */
    record CreateRole(
            @NotNull(message = "must not be null") @VisibleName @CodePoints(min = 1, max = 100) String name,
            @PermissionBits String permissions,
            @Range(min = 0, max = MAX_COLOR, message = "must be between {min} and {max}") Integer color,
            Boolean mentionable,
            @Range(min = 1, max = MAX_POSITION, message = "must be between {min} and {max}") Integer position) {

        CreateRole {
            name = VisibleNames.normalize(name);
        }

        long permissionBits() {
            return permissions == null ? 0 : Permissions.parse(permissions).orElseThrow();
        }

        int colorOrDefault() {
            return color == null ? 0 : color;
        }

        int positionOrDefault() {
            return position == null ? 1 : position;
        }
    }

    /** {@code PATCH /servers/{id}/roles/{roleId}}: a merge patch. */
    record UpdateRole(
            @NotNull(message = "must not be null") @VisibleName @CodePoints(min = 1, max = 100) String name,
            @NotNull(message = "must not be null") @PermissionBits String permissions,
            @Range(min = 0, max = MAX_COLOR, message = "must be between {min} and {max}") Integer color,
            Boolean mentionable,
            @Range(min = 1, max = MAX_POSITION, message = "must be between {min} and {max}") Integer position) {

        UpdateRole {
            name = VisibleNames.normalize(name);
        }

        long permissionBits() {
            return Permissions.parse(permissions).orElseThrow();
        }

        /** A null color clears it to 0. */
        int colorOrDefault() {
            return color == null ? 0 : color;
        }

        /** A null position leaves the role where it is. */
        int positionOr(int current) {
            return position == null ? current : position;
        }
    }

    private RoleRequests() {
    }
}
