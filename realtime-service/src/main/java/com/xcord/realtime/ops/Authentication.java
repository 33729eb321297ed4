package com.xcord.realtime.ops;

import com.xcord.reactiveauth.AccessTokenVerifier;
import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.auth.Identity;
import com.xcord.realtime.projection.CatchUp;
import com.xcord.realtime.protocol.CloseCode;
import com.xcord.realtime.session.Connection;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The token check IDENTIFY and RESUME share, and how a failed one closes the socket. */
@Component
class Authentication {

    private final AccessTokenVerifier verifier;
    private final CatchUp catchUp;
    private final RealtimeProperties properties;

    Authentication(AccessTokenVerifier verifier, CatchUp catchUp, RealtimeProperties properties) {
        this.verifier = verifier;
        this.catchUp = catchUp;
        this.properties = properties;
    }

    /** The caller a valid token names, or an {@link AccessTokenVerifier.InvalidTokenException} error. */
    Mono<Identity> verify(String token) {
        return verifier.verify(token)
                .map(verified -> new Identity(verified.userId(), verified.sessionId(), verified.expiresAtMillis()));
    }

    /** {@link #verify}, then wait (at most {@code identifyTimeout}) until the projection replayed the topics. */
    Mono<Identity> verifyWhenCaughtUp(String token) {
        return verify(token)
                .flatMap(identity -> catchUp.caughtUp().timeout(properties.identifyTimeout()).then(Mono.just(identity)));
    }

    /** A bad token is 4004; anything else (not caught up yet, Redis down) is 4000: try again. */
    static void refuse(Connection c, Throwable e) {
        if (e instanceof AccessTokenVerifier.InvalidTokenException) {
            c.closeNow(CloseCode.AUTH_FAILED, failure(e));
        } else {
            c.closeNow(CloseCode.UNKNOWN_ERROR, "Not available right now; reconnect");
        }
    }

    static String failure(Throwable e) {
        return e instanceof AccessTokenVerifier.InvalidTokenException ? "Authentication failed: " + e.getMessage()
                : "Authentication failed";
    }
}
