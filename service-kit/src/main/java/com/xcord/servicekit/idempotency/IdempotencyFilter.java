package com.xcord.servicekit.idempotency;

import com.xcord.edge.ProblemTypes;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.security.CurrentUserArgumentResolver;
import com.xcord.servicekit.web.PayloadTooLargeException;
import com.xcord.servicekit.web.Problem;
import com.xcord.servicekit.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code Idempotency-Key} for authenticated POSTs. The key row and the request's effect share
 * ONE transaction, opened here around the rest of the chain (a service's
 * {@code @Transactional} code joins it):
 * <ol>
 * <li>claim the key ({@code INSERT ... ON CONFLICT}); a concurrent duplicate blocks on the
 * primary key until the first request's transaction ends;</li>
 * <li>key already taken: same fingerprint → replay the stored response with
 * {@code Idempotency-Replayed: true}; different fingerprint → 422;</li>
 * <li>otherwise run the request; a 2xx (and a transaction not marked rollback-only) is stored
 * and committed with the effect; anything else rolls back, storing nothing.</li>
 * </ol>
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";

    private static final String CLAIM = """
            INSERT INTO idempotency_key (user_id, idem_key, fingerprint, created_at) VALUES (?, ?, ?, now())
            ON CONFLICT (user_id, idem_key) DO UPDATE
              SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at,
                  status = NULL, content_type = NULL, location = NULL, body = NULL
              WHERE idempotency_key.created_at < now() - make_interval(secs => ?)""";
    private static final String FIND = """
            SELECT fingerprint, status, content_type, location, body FROM idempotency_key
            WHERE user_id = ? AND idem_key = ?""";
    private static final String STORE = """
            UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, body = ?
            WHERE user_id = ? AND idem_key = ?""";

    private record Stored(String fingerprint, Integer status, String contentType, String location, byte[] body) {
    }

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final ProblemWriter problems;
    private final double retentionSeconds;

    public IdempotencyFilter(JdbcTemplate jdbc, PlatformTransactionManager transactions, ProblemWriter problems,
            Duration retention) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.problems = problems;
        this.retentionSeconds = retention.toSeconds();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user = CurrentUserArgumentResolver.current(SecurityContextHolder.getContext().getAuthentication());
        if (user == null) {
            chain.doFilter(request, response); // public endpoint: keys are per user
            return;
        }
        String key = request.getHeader(HEADER);
        if (!validKey(key)) {
            problems.write(response, Problem.of(400, "Idempotency-Key must be 1-255 visible ASCII characters"));
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (PayloadTooLargeException e) {
            response.setHeader("Connection", "close");
            problems.write(response, Problem.of(413, "The request body is too large"));
            return;
        }
        String fingerprint = fingerprint(request, body);

        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
                TransactionDefinition.PROPAGATION_REQUIRED);
        definition.setName("Idempotency-Key " + request.getRequestURI());
        TransactionStatus tx = transactions.getTransaction(definition);
        try {
            if (jdbc.update(CLAIM, user.id(), key, fingerprint, retentionSeconds) == 0) {
                Stored stored = find(user.id(), key);
                transactions.rollback(tx); // nothing to keep; releases the row lock
                answerDuplicate(stored, fingerprint, response);
                return;
            }
            ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
            chain.doFilter(new CachedBodyRequest(request, body), cached);
            int status = cached.getStatus();
            boolean success = status >= 200 && status < 300;
            if (success && !tx.isRollbackOnly()) {
                jdbc.update(STORE, status, cached.getContentType(), cached.getHeader(HttpHeaders.LOCATION),
                        cached.getContentAsByteArray(), user.id(), key);
                transactions.commit(tx);
            } else {
                transactions.rollback(tx);
                if (success) {
                    // the handler answered 2xx but something inside marked the transaction
                    // rollback-only: the effect is undone, so the 2xx must not reach the client
                    cached.reset();
                    problems.write(cached, Problem.of(500, "An unexpected error occurred"));
                }
            }
            cached.copyBodyToResponse();
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (!tx.isCompleted()) {
                transactions.rollback(tx);
            }
            throw e;
        }
    }

    private void answerDuplicate(Stored stored, String fingerprint, HttpServletResponse response) throws IOException {
        if (stored == null || stored.status() == null) {
            // purged or never stored between our claim and read: extremely unlikely; let the client retry
            problems.write(response, Problem.of(409, "A request with this Idempotency-Key is being processed; retry"));
            return;
        }
        if (!stored.fingerprint().equals(fingerprint)) {
            problems.write(response, Problem.of(422, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request"));
            return;
        }
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = stored.body() == null ? new byte[0] : stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private Stored find(long userId, String key) {
        List<Stored> rows = jdbc.query(FIND, (rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2),
                rs.getString(3), rs.getString(4), rs.getBytes(5)), userId, key);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static boolean validKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 255) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) ' ');
            sha.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            if (request.getQueryString() != null) {
                sha.update((byte) '?');
                sha.update(request.getQueryString().getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) '\n');
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
