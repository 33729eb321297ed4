package com.xcord.realtime.ops;

import com.xcord.realtime.auth.Identity;
import com.xcord.realtime.presence.PresenceService;
import com.xcord.realtime.protocol.CloseCode;
import com.xcord.realtime.protocol.Frames;
import com.xcord.realtime.protocol.Op;
import com.xcord.realtime.resume.ResumeStore;
import com.xcord.realtime.session.Connection;
import com.xcord.realtime.session.GatewaySession;
import com.xcord.realtime.session.SessionRegistry;
import com.xcord.realtime.session.SocketState;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * RESUME {@code {token, sessionId, seq}}: takes the session over in Redis (from this or another replica),
 * replays every buffered DISPATCH after {@code seq}, then RESUMED. A session that is gone, someone else's, or
 * whose missed frames are no longer buffered gets {@code INVALID_SESSION false} (the socket may IDENTIFY);
 * a {@code seq} ahead of the session closes 4007; a malformed {@code d} 4002.
 */
@Component
class ResumeOp {

    private final Authentication authentication;
    private final SessionRegistry registry;
    private final ResumeStore store;
    private final PresenceService presence;
    private final Clock clock;

    ResumeOp(Authentication authentication, SessionRegistry registry, ResumeStore store, PresenceService presence,
            Clock clock) {
        this.authentication = authentication;
        this.registry = registry;
        this.store = store;
        this.presence = presence;
        this.clock = clock;
    }

    void handle(Connection c, JsonNode d, long now) {
        String token = d.path("token").asString("");
        String sessionId = d.path("sessionId").asString("");
        JsonNode seqNode = d.path("seq");
        if (sessionId.isEmpty() || sessionId.length() > 64 || !seqNode.canConvertToLong() || seqNode.asLong() < 0) {
            c.closeNow(CloseCode.DECODE_ERROR, "Decode error: RESUME needs token, sessionId and seq");
            return;
        }
        long clientSeq = seqNode.asLong();
        if (!c.moveTo(SocketState.CONNECTED, SocketState.RESUMING)) {
            return;
        }
        authentication.verifyWhenCaughtUp(token)
                .subscribe(identity -> resumeVerified(c, identity, sessionId, clientSeq),
                        e -> Authentication.refuse(c, e));
    }

    private void resumeVerified(Connection c, Identity identity, String sessionId, long clientSeq) {
        GatewaySession local = registry.local(sessionId);
        GatewaySession s;
        boolean created;
        if (local != null) {
            if (!local.userId().equals(identity.userId())) {
                invalid(c);
                return;
            }
            s = local;
            created = false;
            Connection previous = s.beginResume();
            if (previous != null && previous != c) {
                previous.closeNow(CloseCode.SESSION_REPLACED, "Session resumed elsewhere");
            }
        } else {
            s = registry.create(sessionId, identity.userId(), identity.authSessionId(), -1);
            s.beginResume();
            created = true;
            registry.add(s);
        }
        store.takeover(sessionId, identity.userId()).subscribe(takeover -> {
            long last = Math.max(takeover.lastSeq(), s.seq());
            List<ResumeStore.Entry> entries = takeover.entries();
            long oldest = entries.isEmpty() ? last + 1 : entries.get(0).seq();
            if (clientSeq > last) {
                fail(s, created);
                c.closeNow(CloseCode.INVALID_SEQ, "Invalid seq");
                return;
            }
            if (clientSeq < oldest - 1) {
                // the frames the client missed are no longer buffered
                fail(s, created);
                invalid(c);
                return;
            }
            if (!c.ready(SocketState.RESUMING, identity, s)) {
                fail(s, created); // the socket closed meanwhile: the session stays resumable
                return;
            }
            s.completeResume(c, clientSeq, takeover.lastSeq(), entries);
            presence.set(s.userId(), s.id(), s.status()).subscribe(v -> { }, e -> { });
        }, e -> {
            fail(s, created);
            c.closeNow(CloseCode.UNKNOWN_ERROR, "Resume failed");
        }, () -> {
            if (c.state() == SocketState.RESUMING) {
                // gone from Redis (expired, revoked) or another user's
                fail(s, created);
                invalid(c);
            }
        });
    }

    private void fail(GatewaySession s, boolean created) {
        if (created) {
            registry.remove(s);
        } else {
            s.abortResume(clock.millis());
        }
    }

    /** Back to CONNECTED: the client may IDENTIFY (or RESUME another session) on this socket. */
    private static void invalid(Connection c) {
        if (c.moveTo(SocketState.RESUMING, SocketState.CONNECTED)) {
            c.send(Frames.of(Op.INVALID_SESSION, false));
        }
    }
}
