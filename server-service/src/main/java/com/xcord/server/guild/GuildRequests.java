package com.xcord.server.guild;

import com.xcord.servicekit.web.CodePoints;
import com.xcord.servicekit.web.VisibleName;
import com.xcord.servicekit.web.VisibleNames;
import com.xcord.servicekit.id.SnowflakeId;
import com.xcord.server.support.Texts;
import com.xcord.servicekit.id.Ids;
import jakarta.validation.constraints.NotNull;

/** The bodies the server endpoints take; names are normalized, other texts stripped, before validation. */
final class GuildRequests {

    /** {@code POST /servers}. */
    record CreateServer(
            @NotNull(message = "must not be null") @VisibleName @CodePoints(min = 2, max = 100) String name,
            @CodePoints(min = 1, max = 1000) String description,
            @SnowflakeId String iconMediaId) {

        CreateServer {
            name = VisibleNames.normalize(name);
            description = Texts.stripToNull(description);
        }

        Long iconMediaIdValue() {
            return iconMediaId == null ? null : Ids.parse(iconMediaId);
        }
    }

    /** {@code PATCH /servers/{id}}: a merge patch; {@code ownerId} transfers the server. */
    record UpdateServer(
            @NotNull(message = "must not be null") @VisibleName @CodePoints(min = 2, max = 100) String name,
            @CodePoints(min = 1, max = 1000) String description,
            @SnowflakeId String iconMediaId,
            @NotNull(message = "must not be null") @SnowflakeId String ownerId) {

        UpdateServer {
            name = VisibleNames.normalize(name);
            description = Texts.stripToNull(description);
        }

        Long iconMediaIdValue() {
            return iconMediaId == null ? null : Ids.parse(iconMediaId);
        }

        long ownerIdValue() {
            return Ids.parse(ownerId);
        }
    }

    private GuildRequests() {
    }
}
