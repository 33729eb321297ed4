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

/**
 * A text channel or a category, with its permission overwrites. A text channel may sit in a
 * category of the same server; a category has no parent, and no channel is its own parent.
 * Nobody but an administrator allows or denies a bit they do not have in the channel.
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
     * as is that the target exists).
     */
    void putOverwrite(Overwrite overwrite, ChannelAccess by) {
        if (!by.server().has(Permissions.ADMINISTRATOR)
                && ((overwrite.allow() | overwrite.deny()) & ~by.permissions()) != 0) {
            throw new ForbiddenException("You cannot allow or deny permissions you do not have");
        }
        overwrites.removeIf(o -> o.targetId() == overwrite.targetId());
        overwrites.add(overwrite);
    }

    /** False if there was no overwrite for the target. */
    boolean removeOverwrite(long targetId) {
        return overwrites.removeIf(o -> o.targetId() == targetId);
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
