package com.xcord.realtime.projection;

import reactor.core.publisher.Mono;

/** Whether the projection has replayed the history present at start-up (IDENTIFY and RESUME wait for it). */
public interface CatchUp {

    /** Completes once the projection has replayed the history present at start-up. */
    Mono<Void> caughtUp();

    boolean isCaughtUp();
}
