package com.xcord.auth.relationship;

import com.fasterxml.jackson.annotation.JsonValue;
import com.xcord.events.auth.RelationshipKind;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a relationship looks to one of its two users (the {@code type} of a listed item).
 * Each type is one stored kind read from one side: my own rows ({@code user_id = me}) or the
 * rows pointing at me ({@code target_id = me}). Nobody sees who blocked them.
 */
enum RelationshipType {

    FRIEND("friend", RelationshipKind.FRIEND, Side.MINE),
    PENDING_INCOMING("pending_incoming", RelationshipKind.FRIEND_REQUEST, Side.THEIRS),
    PENDING_OUTGOING("pending_outgoing", RelationshipKind.FRIEND_REQUEST, Side.MINE),
    FOLLOWING("following", RelationshipKind.FOLLOW, Side.MINE),
    FOLLOWER("follower", RelationshipKind.FOLLOW, Side.THEIRS),
    BLOCKED("blocked", RelationshipKind.BLOCK, Side.MINE);

    /** Which column holds the viewer's id. */
    enum Side {
        MINE("user_id", "target_id"),
        THEIRS("target_id", "user_id");

        final String viewerColumn;
        final String otherColumn;

        Side(String viewerColumn, String otherColumn) {
            this.viewerColumn = viewerColumn;
            this.otherColumn = otherColumn;
        }
    }

    private final String wireName;
    private final RelationshipKind kind;
    private final Side side;

    RelationshipType(String wireName, RelationshipKind kind, Side side) {
        this.wireName = wireName;
        this.kind = kind;
        this.side = side;
    }

    @JsonValue
    String wireName() {
        return wireName;
    }

    RelationshipKind kind() {
        return kind;
    }

    Side side() {
        return side;
    }

    static Optional<RelationshipType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** The type of {@code edge} as {@code viewer} sees it. */
    static RelationshipType of(Edge edge, long viewer) {
        Side side = edge.userId() == viewer ? Side.MINE : Side.THEIRS;
        return Arrays.stream(values())
                .filter(t -> t.kind == edge.kind() && (t.side == side || edge.kind() == RelationshipKind.FRIEND))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(edge.kind() + " is not visible from side " + side));
    }
}
