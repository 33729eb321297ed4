package com.xcord.server.channel;

import com.xcord.server.access.ChannelOverwriteRow;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A role's or a member's permission overwrite in one channel: part of the {@link Channel} aggregate. */
@Table("channel_overwrites")
record Overwrite(long targetId, Target targetType, @Column("allow_bits") long allow, @Column("deny_bits") long deny) {

    enum Target {
        ROLE, MEMBER
    }

    /** The same target with no bits: what having no overwrite amounts to. */
    Overwrite cleared() {
        return new Overwrite(targetId, targetType, 0, 0);
    }

    /** The bits that differ from {@code other}'s, in allow or in deny. */
    long changedBits(Overwrite other) {
        return (allow ^ other.allow) | (deny ^ other.deny);
    }

    boolean member() {
        return targetType == Target.MEMBER;
    }

    ChannelOverwriteRow row() {
        return new ChannelOverwriteRow(targetId, member(), allow, deny);
    }
}
