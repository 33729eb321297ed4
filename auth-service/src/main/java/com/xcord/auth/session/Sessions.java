package com.xcord.auth.session;

import com.xcord.auth.ratelimit.ClientInfo;
import com.xcord.auth.session.SessionRepository.Rotated;
import com.xcord.auth.session.SessionRepository.SessionRow;
import com.xcord.auth.session.SessionRepository.TokenState;
import com.xcord.auth.token.AccessTokens;
import com.xcord.auth.token.AccessTokens.IssuedAccessToken;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.NotFoundException;
import com.xcord.servicekit.web.PageQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Sessions and their tokens: start one (after register or login), refresh it with rotation and
 * reuse detection, end it. Every revocation publishes {@code session.revoked}.
 */
@Service
public class Sessions {

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);

    static final String REASON_LOGOUT = "logout";
    static final String REASON_LOGOUT_ALL = "logout-all";
    static final String REASON_REUSE = "refresh-token-reuse";
    static final String REASON_REVOKED = "revoked";

    private final SessionRepository sessions;
    private final AccessTokens accessTokens;
    private final ActiveSessionCache activeSessions;
    private final SnowflakeIds ids;
    private final SessionEvents events;
    private final TransactionTemplate tx;
    private final Duration refreshTtl;

    Sessions(SessionRepository sessions, AccessTokens accessTokens, ActiveSessionCache activeSessions,
            SnowflakeIds ids, SessionEvents events, TransactionTemplate tx, SessionProperties properties) {
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.activeSessions = activeSessions;
        this.ids = ids;
        this.events = events;
        this.tx = tx;
        this.refreshTtl = properties.refreshTtl();
    }

    /** A new session for a user who just proved who they are; joins the caller's transaction. */
    public IssuedSession start(long userId, ClientInfo client) {
        return tx.execute(status -> {
            Instant now = now();
            long sessionId = ids.next();
            sessions.insertSession(sessionId, userId, now, now.plus(refreshTtl), client.ip(), client.userAgent());
            return issue(userId, sessionId, now);
        });
    }

    /**
     * Rotates the refresh token. A token that was already rotated is reuse: its session is
     * revoked (the newer token dies with it). Anything else that is not current is refused.
     */
    public IssuedSession refresh(String refreshToken, ClientInfo client) {
        if (!RefreshTokens.plausible(refreshToken)) {
            throw new InvalidRefreshTokenException();
        }
        byte[] hash = RefreshTokens.hash(refreshToken);
        RefreshOutcome outcome = tx.execute(status -> rotate(hash, client));
        if (outcome instanceof RefreshOutcome.Refreshed refreshed) {
            return refreshed.session();
        }
        if (outcome instanceof RefreshOutcome.Reused reused) {
            activeSessions.revoked(List.of(reused.sessionId()));
            log.warn("refresh token reuse: session {} of user {} revoked", reused.sessionId(), reused.userId());
        }
        throw new InvalidRefreshTokenException();
    }

    /** Ends the session a refresh token belongs to; an unknown token is not an error (idempotent). */
    public void logout(String refreshToken) {
        if (!RefreshTokens.plausible(refreshToken)) {
            return;
        }
        byte[] hash = RefreshTokens.hash(refreshToken);
        Optional<Long> revoked = tx.execute(status -> sessions.tokenState(hash)
                .filter(state -> revoke(state.sessionId(), state.userId(), REASON_LOGOUT, now()))
                .map(TokenState::sessionId));
        revoked.ifPresent(id -> activeSessions.revoked(List.of(id)));
    }

    /** Ends every session of the user. */
    public void logoutAll(long userId) {
        List<Long> revoked = tx.execute(status -> {
            Instant now = now();
            List<Long> ids = sessions.revokeAll(userId, REASON_LOGOUT_ALL, now);
            // one event per session, not one "all of them": a consumer refuses exactly those sessions' tokens
            // and closes exactly their sockets, never those of a session the user opens right after
            ids.forEach(id -> events.revoked(userId, id, REASON_LOGOUT_ALL, now));
            return ids;
        });
        activeSessions.revoked(revoked);
    }

    /** Ends one of the user's own sessions; someone else's (or an ended one) is a 404. */
    public void revoke(long userId, long sessionId) {
        boolean revoked = Boolean.TRUE.equals(tx.execute(status -> revoke(sessionId, userId, REASON_REVOKED, now())));
        if (!revoked) {
            throw new NotFoundException("Session not found");
        }
        activeSessions.revoked(List.of(sessionId));
    }

    /** The user's active sessions, newest first ({@code after}: oldest first). */
    public CursorPage<SessionView> list(long userId, long currentSessionId, PageQuery page) {
        if (page.around() != null) {
            throw new BadRequestException("around is not supported here");
        }
        List<SessionRow> rows = sessions.active(userId, now(), page.before(), page.after(), page.fetchSize());
        List<SessionView> views = rows.stream().map(row -> SessionView.of(row, currentSessionId)).toList();
        return CursorPage.of(views, page.limit(), view -> Long.parseLong(view.id()));
    }

    private RefreshOutcome rotate(byte[] hash, ClientInfo client) {
        Instant now = now();
        Optional<Rotated> rotated = sessions.rotate(hash, now);
        if (rotated.isPresent()) {
            long sessionId = rotated.get().sessionId();
            sessions.touch(sessionId, now, now.plus(refreshTtl), client.ip(), client.userAgent());
            return new RefreshOutcome.Refreshed(issue(rotated.get().userId(), sessionId, now));
        }
        Optional<TokenState> state = sessions.tokenState(hash);
        if (state.isPresent() && state.get().rotated() && !state.get().sessionRevoked()) {
            TokenState reused = state.get();
            revoke(reused.sessionId(), reused.userId(), REASON_REUSE, now);
            return new RefreshOutcome.Reused(reused.sessionId(), reused.userId());
        }
        return new RefreshOutcome.Invalid();
    }

    private IssuedSession issue(long userId, long sessionId, Instant now) {
        String refreshToken = RefreshTokens.generate();
        sessions.insertRefreshToken(RefreshTokens.hash(refreshToken), sessionId, now, now.plus(refreshTtl));
        IssuedAccessToken access = accessTokens.issue(userId, sessionId);
        return new IssuedSession(sessionId, access.value(), refreshToken, access.expiresIn());
    }

    /** Revokes and publishes, inside the caller's transaction. */
    private boolean revoke(long sessionId, long userId, String reason, Instant now) {
        if (!sessions.revoke(sessionId, userId, reason, now)) {
            return false;
        }
        events.revoked(userId, sessionId, reason, now);
        return true;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private sealed interface RefreshOutcome {
        record Refreshed(IssuedSession session) implements RefreshOutcome {
        }

        record Reused(long sessionId, long userId) implements RefreshOutcome {
        }

        record Invalid() implements RefreshOutcome {
        }
    }
}
