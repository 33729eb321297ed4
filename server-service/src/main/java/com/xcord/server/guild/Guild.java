package com.xcord.server.guild;

import com.xcord.server.access.Access;
import com.xcord.server.guild.GuildRequests.UpdateServer;
import com.xcord.server.support.AggregateRoot;
import com.xcord.server.support.Patch;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ForbiddenException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.function.LongPredicate;

/**
 * A server (guild): its settings and its owner. Only the owner transfers or deletes it, and
 * only to a member. {@code memberCount} is read here but written by {@link MemberCounter}
 * (one atomic UPDATE per join or leave), so an edit of the settings never overwrites it.
 */
@AggregateRoot
@Table("servers")
class Guild {

    @Id
    private final long id;
    private long ownerId;
    private String name;
    private String description;
    private Long iconMediaId;
    @ReadOnlyProperty
    private final int memberCount;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    Guild(long id, long ownerId, String name, String description, Long iconMediaId, int memberCount,
            Instant createdAt, Instant updatedAt, Integer version) {
        this.id = id;
        this.ownerId = ownerId;
        this.name = name;
        this.description = description;
        this.iconMediaId = iconMediaId;
        this.memberCount = memberCount;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new server; its owner becomes its first member when the member feature adds them. */
    static Guild found(long id, long ownerId, String name, String description, Long iconMediaId, Instant now) {
        return new Guild(id, ownerId, name, description, iconMediaId, 0, now, now, null);
    }

    /**
     * Applies a settings patch (MANAGE_SERVER is checked by the caller); changing
     * {@code ownerId} is a transfer: only the owner may, and only to a member.
     */
    void update(Patch<UpdateServer> patch, Access by, LongPredicate isMember, Instant now) {
        UpdateServer values = patch.values();
        if (patch.has("name")) {
            name = values.name();
        }
        if (patch.has("description")) {
            description = values.description();
        }
        if (patch.has("iconMediaId")) {
            iconMediaId = values.iconMediaIdValue();
        }
        if (patch.has("ownerId")) {
            transferTo(values.ownerIdValue(), by, isMember);
        }
        updatedAt = now;
    }

    private void transferTo(long newOwnerId, Access by, LongPredicate isMember) {
        if (newOwnerId == ownerId) {
            return;
        }
        if (!by.isOwner()) {
            throw new ForbiddenException("Only the owner can transfer the server");
        }
        if (!isMember.test(newOwnerId)) {
            throw BadRequestException.field("ownerId", "must be a member of the server");
        }
        ownerId = newOwnerId;
    }

    /** Only the owner deletes a server; an administrator may not. */
    void requireDeletableBy(Access by) {
        if (!by.isOwner()) {
            throw new ForbiddenException("Only the owner can delete the server");
        }
    }

    long id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    Long iconMediaId() {
        return iconMediaId;
    }

    int memberCount() {
        return memberCount;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
