package com.xcord.realtime.resume;

import com.xcord.realtime.RealtimeProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-session replay buffer in Redis, so a RESUME works on any replica.
 *
 * <p>{@code rt:s:{id}} (hash: owner replica, userId, sid, seq) and {@code rt:b:{id}} (list of
 * {@code seq|eventId|frame}, trimmed to {@code resumeBufferSize}), both expiring {@code resumeTtl} after the
 * last append or heartbeat. Only the owner replica may append (Lua, atomic); a RESUME takes ownership, so a
 * replica still holding the session learns at its next append that it moved, and drops it.
 */
@Component
public class ResumeStore {

    public record Entry(long seq, String eventId, String frame) {
    }

    public record Result(long lastSeq, List<Entry> entries) {
    }

    /** Appends a batch: KEYS = meta1, buf1, meta2, buf2, ...; ARGV = owner, maxLen, ttl, then userId, sid, seq, entry per session. */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> APPEND_BATCH = RedisScript.of("""
            local owner, maxLen, ttl = ARGV[1], tonumber(ARGV[2]), ARGV[3]
            local result = {}
            for i = 1, #KEYS / 2 do
              local meta, buf, a = KEYS[2 * i - 1], KEYS[2 * i], 3 + (i - 1) * 4
              local o = redis.call('HGET', meta, 'owner')
              if o and o ~= owner then
                result[i] = 0
              else
                if not o then redis.call('HSET', meta, 'owner', owner, 'userId', ARGV[a + 1], 'sid', ARGV[a + 2]) end
                redis.call('RPUSH', buf, ARGV[a + 4])
                redis.call('LTRIM', buf, -maxLen, -1)
                redis.call('HSET', meta, 'seq', ARGV[a + 3])
                redis.call('PEXPIRE', meta, ttl)
                redis.call('PEXPIRE', buf, ttl)
                result[i] = 1
              end
            end
            return result
            """, List.class);

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> TAKEOVER = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return {'-1'} end
            if redis.call('HGET', KEYS[1], 'userId') ~= ARGV[2] then return {'-2'} end
            redis.call('HSET', KEYS[1], 'owner', ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
            local result = {redis.call('HGET', KEYS[1], 'seq') or '0'}
            for _, e in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do table.insert(result, e) end
            return result
            """, List.class);

    private static final Logger log = LoggerFactory.getLogger(ResumeStore.class);
    private final ReactiveStringRedisTemplate redis;
    private final RealtimeProperties properties;
    private final String replicaId;

    public ResumeStore(ReactiveStringRedisTemplate redis, RealtimeProperties properties, ReplicaId replicaId) {
        this.redis = redis;
        this.properties = properties;
        this.replicaId = replicaId.value();
    }

    static String meta(String sessionId) {
        return "rt:s:{" + sessionId + "}";
    }

    static String buffer(String sessionId) {
        return "rt:b:{" + sessionId + "}";
    }

    private sealed interface Op permits Append, TakeoverOp {
    }

    private record Append(String sessionId, String userId, String sid, long seq, String entry, Runnable onRefused) implements Op {
    }

    private record TakeoverOp(String sessionId, String userId, Sinks.One<Takeover0> result) implements Op {
    }

    /** What a takeover found (internal; empty list head = gone). */
    private record Takeover0(List<Object> raw) {
    }

    /**
     * Appends a frame to the session's buffer, asynchronously: one writer thread sends the appends in order,
     * many per Lua call, so fan-out to thousands of sockets is not held up by a Redis round trip per socket.
     * {@code onRefused} runs if another replica owns the session now.
     */
    public void append(String sessionId, String userId, String sid, long seq, String eventId, String frame, Runnable onRefused) {
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            droppedAppends.incrementAndGet(); // Redis is far behind: this frame will not be resumable
            return;
        }
        queue.offer(new Append(sessionId, userId, sid == null ? "" : sid, seq, seq + "|" + eventId + "|" + frame, onRefused));
        wake();
    }

    private static final int MAX_QUEUED = 1_000_000;
    private static final int BATCH = 256;
    private final java.util.Queue<Op> queue = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger queued = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong droppedAppends = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean writerParked;
    private volatile boolean running = true;
    private Thread writer;

    private void wake() {
        if (writerParked) {
            java.util.concurrent.locks.LockSupport.unpark(writer);
        }
    }

    @jakarta.annotation.PostConstruct
    void startWriter() {
        writer = new Thread(this::write, "realtime-resume-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @jakarta.annotation.PreDestroy
    void stopWriter() {
        running = false;
        java.util.concurrent.locks.LockSupport.unpark(writer);
    }

    private void write() {
        List<Append> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            Op op = queue.poll();
            if (op == null) {
                flush(batch);
                writerParked = true;
                if (queue.isEmpty() && running) {
                    java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
                }
                writerParked = false;
                continue;
            }
            if (op instanceof Append a) {
                queued.decrementAndGet();
                batch.add(a);
                if (batch.size() >= BATCH) {
                    flush(batch);
                }
            } else if (op instanceof TakeoverOp t) {
                flush(batch); // appends queued before the takeover land first
                try {
                    List<Object> raw = runTakeover(t.sessionId(), t.userId());
                    t.result().tryEmitValue(new Takeover0(raw));
                } catch (RuntimeException e) {
                    t.result().tryEmitError(e);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void flush(List<Append> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(batch.size() * 2);
        List<String> args = new ArrayList<>(3 + batch.size() * 4);
        args.add(replicaId);
        args.add(Integer.toString(properties.resumeBufferSize()));
        args.add(Long.toString(properties.resumeTtl().toMillis()));
        for (Append a : batch) {
            keys.add(meta(a.sessionId()));
            keys.add(buffer(a.sessionId()));
            args.add(a.userId());
            args.add(a.sid());
            args.add(Long.toString(a.seq()));
            args.add(a.entry());
        }
        try {
            List<Object> result = (List<Object>) redis.execute(APPEND_BATCH, keys, args).next()
                    .block(java.time.Duration.ofSeconds(5));
            for (int i = 0; result != null && i < result.size(); i++) {
                if (Long.valueOf(0).equals(result.get(i))) {
                    batch.get(i).onRefused().run();
                }
            }
        } catch (RuntimeException e) {
            droppedAppends.addAndGet(batch.size());
            log.warn("could not buffer {} frame(s) for resume: {}", batch.size(), e.toString());
        }
        batch.clear();
    }

    /** Frames that could not be buffered (Redis down or far behind); those sessions cannot resume them. */
    public long droppedAppends() {
        return droppedAppends.get();
    }

    /** Keeps an idle session's buffer alive (on heartbeat). */
    public Mono<Void> touch(String sessionId) {
        long ttl = properties.resumeTtl().toMillis();
        return redis.expire(meta(sessionId), java.time.Duration.ofMillis(ttl))
                .then(redis.expire(buffer(sessionId), java.time.Duration.ofMillis(ttl))).then();
    }

    /**
     * Takes the session over for this replica; empty if it is gone or belongs to another user. Runs on the
     * writer thread, after every append queued before it.
     */
    public Mono<Result> takeover(String sessionId, String userId) {
        Sinks.One<Takeover0> result = Sinks.one();
        queue.offer(new TakeoverOp(sessionId, userId, result));
        wake();
        return result.asMono().flatMap(t -> {
            List<Object> list = t.raw();
            long lastSeq = Long.parseLong(String.valueOf(list.get(0)));
            if (lastSeq < 0) {
                return Mono.empty();
            }
            List<Entry> entries = new ArrayList<>(list.size() - 1);
            for (int i = 1; i < list.size(); i++) {
                String e = String.valueOf(list.get(i));
                int a = e.indexOf('|');
                int b = e.indexOf('|', a + 1);
                entries.add(new Entry(Long.parseLong(e.substring(0, a)), e.substring(a + 1, b), e.substring(b + 1)));
            }
            return Mono.just(new Result(lastSeq, entries));
        });
    }

    @SuppressWarnings("unchecked")
    private List<Object> runTakeover(String sessionId, String userId) {
        return (List<Object>) redis.execute(TAKEOVER, List.of(meta(sessionId), buffer(sessionId)),
                        List.of(replicaId, userId, Long.toString(properties.resumeTtl().toMillis())))
                .next().block(java.time.Duration.ofSeconds(5));
    }

    /** Which replica serves the session now (empty when it is gone). */
    public Mono<String> owner(String sessionId) {
        return redis.<String, String>opsForHash().get(meta(sessionId), "owner");
    }

    public String replicaId() {
        return replicaId;
    }

    /** The session ended (revoked): it can never be resumed. */
    public Mono<Void> delete(String sessionId) {
        return redis.delete(meta(sessionId), buffer(sessionId)).then();
    }
}
