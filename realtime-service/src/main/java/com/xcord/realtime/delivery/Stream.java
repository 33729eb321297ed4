package com.xcord.realtime.delivery;

/**
 * An opt-in stream a socket SUBSCRIBEs to (DESIGN §6): {@code type} is declared by the routes of the producer
 * whose events are delivered on it (e.g. {@code profile}, fed by the feed's posts), {@code id} names what it
 * follows (the profile's user id).
 */
public record Stream(String type, String id) {
}
