package com.xcord.permissions;

/** A channel permission overwrite for one role or one member: bits to allow, bits to deny. */
public record Overwrite(long allow, long deny) {

    public static final Overwrite NONE = new Overwrite(0, 0);
}
