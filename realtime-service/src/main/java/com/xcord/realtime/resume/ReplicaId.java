package com.xcord.realtime.resume;

/** This replica's name: owner of the sessions it serves ({@code xcord.realtime.replica-id}, or random). */
public record ReplicaId(String value) {
}
