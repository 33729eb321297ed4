package com.xcord.realtime.projection;

/** The opt-in stream types (SUBSCRIBE's {@code stream}) some producer's routes deliver on. */
public interface SubscribableStreams {

    boolean isFed(String streamType);
}
