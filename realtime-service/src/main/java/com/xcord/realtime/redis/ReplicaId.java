package com.xcord.realtime.redis;

/** This replica's name: owner of the sessions it serves, sender of its pub/sub messages. */
public record ReplicaId(String value) {
}
