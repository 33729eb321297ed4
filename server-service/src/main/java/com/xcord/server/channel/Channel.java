package com.xcord.server.channel;

import com.xcord.permissions.Permissions;
import com.xcord.server.access.ChannelAccess;
import com.xcord.server.access.ChannelOverwriteRow;
import com.xcord.server.channel.ChannelRequests.UpdateChannel;
import com.xcord.server.support.AggregateRoot;
import com.xcord.server.support.Patch;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ForbiddenException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * A text channel or a category, with its permission overwrites. A text channel may sit in a
 * category of the same server; a category has no parent, and no channel is its own parent.
 * Overwrites obey the role hierarchy: nobody but the owner sets or removes one for a role or
 * member at or above their own highest role; nobody but an administrator changes (adds or
 * removes, in allow or deny) a bit they do not have in the channel.
 */
@AggregateRoot
@Table("channels")
class Channel {

    static final String GENERAL = "general";

    enum Type {
        TEXT, CATEGORY;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The API's {@code text|category}; null is a text channel. */
        static Type fromWire(String wire) {
            return wire == null ? TEXT : valueOf(wire.toUpperCase(Locale.ROOT));
        }
    }

    @Id
    private final long id;
    private final long serverId;
    private final Type type;
    private String name;
    private String topic;
    private Long parentId;
    private int position;
    private int slowModeSeconds;
    private final Instant createdAt;
    @MappedCollection(idColumn = "channel_id")
    private final Set<Overwrite> overwrites;
    @Version
    private Integer version;

    Channel(long id, long serverId, Type type, String name, String topic, Long parentId, int position,
            int slowModeSeconds, Instant createdAt, Set<Overwrite> overwrites, Integer version) {
        this.id = id;
        this.serverId = serverId;
        this.type = type;
        this.name = name;
        this.topic = topic;
        this.parentId = parentId;
        this.position = position;
        this.slowModeSeconds = slowModeSeconds;
        this.createdAt = createdAt;
        this.overwrites = new HashSet<>(overwrites);
        this.version = version;
    }

    /** A new server's first text channel. */
    static Channel general(long id, long serverId, Instant now) {
        return new Channel(id, serverId, Type.TEXT, GENERAL, null, null, 0, 0, now, Set.of(), null);
    }

    /** A new channel; {@code channels} finds a channel of this server by id (the would-be parent). */
    static Channel create(long id, long serverId, ChannelRequests.CreateChannel request,
            LongFunction<Optional<Channel>> channels, Instant now) {
        Type type = Type.fromWire(request.type());
        Long parentId = request.parentIdValue();
        requireValidParent(type, parentId, channels);
        return new Channel(id, serverId, type, request.name(), request.topic(), parentId,
                request.positionOrDefault(), request.slowModeOrDefault(), now, Set.of(), null);
    }

    /** Applies an edit (MANAGE_CHANNELS is checked by the caller); {@code channels} as for {@link #create}. */
    void update(Patch<UpdateChannel> patch, LongFunction<Optional<Channel>> channels) {
        UpdateChannel values = patch.values();
        Long newParentId = patch.has("parentId") ? values.parentIdValue() : parentId;
        if (newParentId != null && newParentId == id) {
            throw BadRequestException.field("parentId", "a channel cannot be its own parent");
        }
        requireValidParent(type, newParentId, channels);
        if (patch.has("name")) {
            name = values.name();
        }
        if (patch.has("topic")) {
            topic = values.topic();
        }
        if (patch.has("position")) {
            position = values.position();
        }
        if (patch.has("slowModeSeconds")) {
            slowModeSeconds = values.slowModeSeconds();
        }
        parentId = newParentId;
    }

    /**
     * Sets a role's or member's overwrite (MANAGE_ROLES in the channel is checked by the caller,
     * as is that the target exists). {@code outranked} tells whether the caller ranks above an
     * overwrite's target (the hierarchy role edits and kicks obey): nobody but the owner sets
     * one for a role or member at or above them. The bits it changes must be the caller's.
     */
    void putOverwrite(Overwrite overwrite, ChannelAccess by, Predicate<Overwrite> outranked) {
        requireManageable(overwrite, by, outranked);
        Optional<Overwrite> current = overwriteOf(overwrite.targetId());
        requireHeld(current.orElse(overwrite.cleared()).changedBits(overwrite), by);
        current.ifPresent(overwrites::remove);
        overwrites.add(overwrite);
    }

    /**
     * Removes the target's overwrite under the rules of {@link #putOverwrite}: removing it clears
     * its bits, so they must be bits the caller has. False if there was none.
     */
    boolean removeOverwrite(long targetId, ChannelAccess by, Predicate<Overwrite> outranked) {
        Optional<Overwrite> current = overwriteOf(targetId);
        if (current.isEmpty()) {
            return false;
        }
        requireManageable(current.get(), by, outranked);
        requireHeld(current.get().changedBits(current.get().cleared()), by);
        return overwrites.remove(current.get());
    }

    private Optional<Overwrite> overwriteOf(long targetId) {
        return overwrites.stream().filter(o -> o.targetId() == targetId).findFirst();
    }

    /** The owner manages every overwrite; everyone else only those of roles and members ranking below them. */
    private static void requireManageable(Overwrite overwrite, ChannelAccess by, Predicate<Overwrite> outranked) {
        if (by.server().isOwner() || outranked.test(overwrite)) {
            return;
        }
        throw new ForbiddenException(overwrite.member() ? "The member's highest role is at or above yours"
                : "You cannot manage a role at or above your highest role");
    }

    /**
     * Every bit an overwrite change adds or removes, in allow or deny, must be one the caller has
     * in the channel (administrators have all): clearing a deny grants as surely as setting an allow.
     */
    private static void requireHeld(long changedBits, ChannelAccess by) {
        if (!by.server().has(Permissions.ADMINISTRATOR) && (changedBits & ~by.permissions()) != 0) {
            throw new ForbiddenException("You cannot change permissions you do not have");
        }
    }

    private static void requireValidParent(Type type, Long parentId, LongFunction<Optional<Channel>> channels) {
        if (parentId == null) {
            return;
        }
        if (type == Type.CATEGORY) {
            throw BadRequestException.field("parentId", "a category cannot have a parent");
        }
        if (channels.apply(parentId).filter(Channel::isCategory).isEmpty()) {
            throw BadRequestException.field("parentId", "must be a category of this server");
        }
    }

    long id() {
        return id;
    }

    long serverId() {
        return serverId;
    }

    Type type() {
        return type;
    }

    boolean isCategory() {
        return type == Type.CATEGORY;
    }

    String name() {
        return name;
    }

    String topic() {
        return topic;
    }

    Long parentId() {
        return parentId;
    }

    int position() {
        return position;
    }

    int slowModeSeconds() {
        return slowModeSeconds;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The overwrites by target id (the order the API and the events show). */
    List<Overwrite> overwrites() {
        return overwrites.stream().sorted(Comparator.comparingLong(Overwrite::targetId)).toList();
    }

    /** The overwrites as permission checks read them. */
    List<ChannelOverwriteRow> overwriteRows() {
        return overwrites().stream().map(Overwrite::row).toList();
    }
}
